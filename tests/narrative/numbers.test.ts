import { findNumbers, amountCells } from '../../src/narrative/numbers';

const read = (s: string) => findNumbers(s).map((t) => `${t.text}${t.unit}:${t.kind}`);

describe('findNumbers', () => {
  it.each([
    ['2024年度收入总计502.98万元，支出总计502.98万元。', ['502.98万元:amount', '502.98万元:amount']],
    ['下降10.44%，', ['10.44%:percent']],
    ['比上年增加36.14万，上升22.24%', ['36.14万元:amount', '22.24%:percent']],
    ['截至2024年12月31日，本部门（单位）共有车辆1辆。', ['1辆:count']],
    ['单价100万元（含）以上设备（不含车辆）0台（套）。', ['0台（套）:count']],
    ['（1）贯彻落实有关精神；', []],
    ['1、因公出国（境）费支出0万元，出国团组共0个，0人次。', ['0万元:amount', '0个:count', '0人次:count']],
    ['共接待2批次，6人次', ['2批次:count', '6人次:count']],
    ['2024年项目预算总金额60,000.00元', ['60,000.00元:amount']],
    // a run of figures sharing the last one's unit (a 四川-style 收、支总计各是A,B万元)
    ['收、支总计各是3316.08,3316.08万元。', ['3316.08万元:amount', '3316.08万元:amount']],
    ['各下降19.68、19.70%', ['19.68%:percent', '19.70%:percent']],
    ['2022、2023年度', []],
    ['共3、4个项目', ['4个:count']],
    ['公开05表 第3部分 编号13786933711', []],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('converts 元 and 亿元 to 万元 exactly, keeping the printed interval', () => {
    const [yuan] = findNumbers('金额60,000.00元');
    const a = amountCells(yuan, { file: 'x.md', line: 1 });
    expect(a.wan.value!.toString()).toBe('6');
    expect(a.wan.decimals).toBe(6);
    expect(a.unit).toBe('元');
    const [yi] = findNumbers('合计1.23亿元');
    const b = amountCells(yi, { file: 'x.md', line: 1 });
    expect(b.wan.value!.toString()).toBe('12300');
    expect(b.wan.decimals).toBe(-2);
  });
});
