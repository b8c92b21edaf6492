import rule from '../../../rules/narrative/sangong-parts';
import { ruleTester } from '../../helpers/rule-tester';
import { bare, seed000With } from '../../narrative/helpers';

// the shape of a 三公 section of a 部门决算 说明 (figures invented, phrasing as published: the kinds in one
// sentence, the total in the next, the car's purchase and running costs in a paragraph of their own)
const section = (reception: string, running = '4.26', total = '5.78') => [
  '七、财政拨款“三公”经费支出决算情况说明',
  `2024年度财政拨款“三公”经费支出决算中，因公出国(境)费支出决算0万元；公务用车购置及运行费支出决算4.26万元；公务接待费支出决算${reception}万元。`,
  `2024年度“三公”经费支出决算总额为${total}万元，比上年减少0.62万元，下降9.7%。`,
  `（二）公务用车购置及运行费4.26万元。其中：公务用车购置费0万元，公务用车运行维护费${running}万元。`,
];

ruleTester.run(rule, {
  valid: [
    { name: 'the kinds add up to the total, stated in separate sentences', doc: bare(section('1.52')) },
    { name: 'a part not stated: nothing to compare (its figure could be anything)', doc: bare(section('1.52').filter((l) => !l.includes('因公出国'))) },
    {
      name: 'one part stated twice with two figures: which one the total meant cannot be told',
      doc: bare([...section('1.52'), '公务接待费支出决算1.25万元。']),
    },
    {
      name: 'figures of two sections (决算 and 预算 sections) are not one sum',
      doc: bare(['七、“三公”经费决算', '“三公”经费支出决算总额为5.48万元。', '八、三公预算', '因公出国(境)费0万元；公务用车购置及运行费3.98万元；公务接待费1.00万元。']),
    },
    { name: 'with the tables at hand (seed 000), the table rules check the bound figures', doc: seed000With(['七、财政拨款“三公”经费支出决算情况说明', '2024年度“三公”经费支出决算0.05万元。因公出国（境）费0万元；公务用车购置及运行费0万元；公务接待费0.09万元。']) },
  ],
  invalid: [
    {
      name: 'the kinds do not add up to the total (1.25 written for 1.52)',
      doc: bare(section('1.25')),
      errors: [{ messageId: 'sangongNotParts', line: 3, actual: '5.78', expected: '5.51', tail: false }],
    },
    {
      name: 'the car’s purchase and running costs do not add up to it',
      doc: bare(section('1.52', '4.62')),
      errors: [{ messageId: 'carNotParts', line: 2, actual: '4.26', expected: '4.62', tail: false }],
    },
    {
      name: 'a 0.01 gap is a tail',
      doc: bare(section('1.52', '4.26', '5.79')),
      errors: [{ messageId: 'sangongNotParts', line: 3, actual: '5.79', expected: '5.78', tail: true }],
    },
  ],
});
