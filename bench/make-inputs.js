// Benchmark inputs, generated (never committed): N copies of the seed-000 workbook and a
// 50,000-row 收入决算表 in the layout of 公开02.
const fs = require('node:fs');
const path = require('node:path');
const XLSX = require('xlsx');

function copies(dir, n, source) {
  fs.mkdirSync(dir, { recursive: true });
  const bytes = fs.readFileSync(source);
  const files = [];
  for (let i = 0; i < n; i++) {
    const f = path.join(dir, `w${String(i).padStart(3, '0')}.xlsx`);
    if (!fs.existsSync(f)) fs.writeFileSync(f, bytes);
    files.push(f);
  }
  return files;
}

/** 公开02-shaped table: 类 / 款 / 项 rows that add up, rows in total (including 合计). */
function bigWorkbook(file, rows) {
  if (fs.existsSync(file)) return file;
  const aoa = [['收入决算表'], ['公开02表'], ['部门名称：基准测试单位 2024年度 金额单位：万元'], ['项目', '', '本年收入合计', '财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入'], ['科目代码', '科目名称'], ['栏次', '', 1, 2, 3, 4, 5, 6, 7]];
  const body = [];
  let total = 0;
  let made = 0;
  for (let k = 0; made < rows - 1; k++) {
    const cls = String(201 + k);
    const clsRow = [cls, `类${cls}`, 0, 0];
    body.push(clsRow);
    made++;
    let clsSum = 0;
    for (let j = 1; j <= 99 && made < rows - 1; j++) {
      const kuan = cls + String(j).padStart(2, '0');
      const kuanRow = [kuan, `款${kuan}`, 0, 0];
      body.push(kuanRow);
      made++;
      let kuanSum = 0;
      for (let i = 1; i <= 5 && made < rows - 1; i++) {
        const v = ((k * 7919 + j * 104729 + i * 1299709) % 100000) / 100;
        body.push([kuan + String(i).padStart(2, '0'), `项${kuan}${i}`, v, v]);
        made++;
        kuanSum += Math.round(v * 100);
      }
      kuanRow[2] = kuanRow[3] = kuanSum / 100;
      clsSum += kuanSum;
    }
    clsRow[2] = clsRow[3] = clsSum / 100;
    total += clsSum;
  }
  aoa.push(['合计', '', total / 100, total / 100], ...body, ['注：基准测试用表。']);
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(aoa), '收入决算表');
  XLSX.writeFile(wb, file);
  return file;
}

module.exports = { copies, bigWorkbook };
