# Continued: importing a bill of materials in the window.
T = {
    'Import bill of materials': '导入物料清单',
    '%1 becomes a new profile with one material line per row. Give the product facts the file does not hold; everything else can be edited afterwards.':
        '%1 将成为一个新的产品档案，每行一条材料。请填写文件中没有的产品信息；其余内容之后都可以编辑。',
    'from the file name': '取自文件名',
    'Lifetime (years)': '使用寿命（年）',
    '1, as a placeholder to replace': '1，仅为待替换的占位值',
    'Mass (kg)': '质量（千克）',
    'Read again': '重新读取',
    'Create profile': '创建产品档案',
    'expected a number greater than zero': '应为大于零的数字',
    '%n error(s) in the file: nothing is imported until they are fixed. Fix them in the CSV, then read it again.':
        '文件中有 %n 个错误：修正之前不会导入任何内容。请在 CSV 中修正后重新读取。',
    '%n part(s) read.': '已读取 %n 个零部件。',
    '%n warning(s): check these after creating the profile.': '%n 个警告：创建产品档案后请逐一检查。',
    'Bills of materials (*.csv);;All files (*)': '物料清单 (*.csv);;所有文件 (*)',
    '&Import bill of materials…': '导入物料清单(&I)…',
    'A new profile from a CSV of parts: part_en, part_zh, factor, quantity, unit':
        '由零部件 CSV（part_en、part_zh、factor、quantity、unit）新建产品档案',
    'New profile from the bill of materials %1': '已由物料清单 %1 新建产品档案',
}
T.update({
    # export-pact --ipcc, factors with one argument
    'IPCC assessment report(s) whose GWPs the factors use, e.g. AR5; repeat for more.':
        '排放因子所采用的全球变暖潜势（GWP）出自的 IPCC 评估报告，例如 AR5；可重复给出多个。',
    'AR': 'AR',
    'carbonlabel-cli factors %1: expected one argument, found %2': 'carbonlabel-cli factors %1：应给出一个参数，实际为 %2 个',
})
T.update({
    'These factors count CO2 only, without the other greenhouse gases: %1.': '以下排放因子仅计二氧化碳，不含其他温室气体：%1。',
})
