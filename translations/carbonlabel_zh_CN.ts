<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BadgeRenderer</name>
    <message>
        <source>the profile has errors; run carbonlabel-cli validate on it</source>
        <translation>产品档案有错误；请用 carbonlabel-cli validate 检查</translation>
    </message>
    <message>
        <source>cannot start a PDF</source>
        <translation>无法创建 PDF</translation>
    </message>
</context>
<context>
    <name>BatchCommand</name>
    <message>
        <source>Print one label or product sheet per profile, on all cores. A bad profile is reported and skipped; the others are still written.</source>
        <translation>为每个产品档案打印一份标签或产品碳足迹说明书，使用全部处理器核心。有问题的档案会被报告并跳过，其余的照常生成。</translation>
    </message>
    <message>
        <source>The profiles (.clprofile.json).</source>
        <translation>产品档案（.clprofile.json）。</translation>
    </message>
    <message>
        <source>Write the PDFs into the folder DIR (created if missing).</source>
        <translation>将 PDF 写入文件夹 DIR（不存在时自动创建）。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Use N threads (default: one per core).</source>
        <translation>使用 N 个线程（默认：每个核心一个）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>missing -o DIR</source>
        <translation>缺少 -o DIR</translation>
    </message>
    <message>
        <source>--jobs: expected a whole number from 1 to 256; got &quot;%1&quot;</source>
        <translation>--jobs：应为 1 到 256 之间的整数，实际为“%1”</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>%1 written, %2 failed</source>
        <translation>已写入 %1 个，失败 %2 个</translation>
    </message>
    <message>
        <source>-o %1: not a folder</source>
        <translation>-o %1：不是文件夹</translation>
    </message>
    <message>
        <source>-o %1: cannot create the folder</source>
        <translation>-o %1：无法创建该文件夹</translation>
    </message>
    <message>
        <source>-o %1: cannot write into the folder: %2</source>
        <translation>-o %1：无法写入该文件夹：%2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>CarbonLabel: carbon footprints and carbon labels for ICT products and digital services.</source>
        <translation>碳标签 CarbonLabel：ICT 产品与数字服务的碳足迹计算与碳标签。</translation>
    </message>
    <message>
        <source>A profile to open (.clprofile.json).</source>
        <translation>要打开的产品档案（.clprofile.json）。</translation>
    </message>
    <message>
        <source>The language of the window: en or zh_CN.</source>
        <translation>窗口语言：en 或 zh_CN。</translation>
    </message>
    <message>
        <source>Do not offer to recover unsaved changes after a crash.</source>
        <translation>异常退出后不提示恢复未保存的更改。</translation>
    </message>
</context>
<context>
    <name>CommandLineParser</name>
    <message>
        <source>Usage: carbonlabel-cli COMMAND [OPTIONS] [ARGUMENTS]

Carbon footprints and carbon labels for ICT products and digital services.

Commands:
</source>
        <translation>用法：carbonlabel-cli 命令 [选项] [参数]

ICT 产品与数字服务的碳足迹计算与碳标签。

命令：
</translation>
    </message>
    <message>
        <source>
Run &quot;carbonlabel-cli COMMAND --help&quot; for a command&apos;s options.
Exit status: 0 success, 2 bad input or usage, 1 unexpected error.
</source>
        <translation>
运行“carbonlabel-cli 命令 --help”查看该命令的选项。
退出状态：0 成功，2 输入或用法错误，1 意外错误。
</translation>
    </message>
    <message>
        <source>carbonlabel-cli: unknown command &quot;%1&quot;</source>
        <translation>carbonlabel-cli：未知命令“%1”</translation>
    </message>
</context>
<context>
    <name>CommandPreamble</name>
    <message>
        <source>The profile (.clprofile.json).</source>
        <translation>产品档案（.clprofile.json）。</translation>
    </message>
</context>
<context>
    <name>CommandSupport</name>
    <message>
        <source>Show this help.</source>
        <translation>显示本帮助。</translation>
    </message>
    <message>
        <source>missing argument</source>
        <translation>缺少参数</translation>
    </message>
    <message>
        <source>too many arguments</source>
        <translation>参数过多</translation>
    </message>
    <message>
        <source>Use the factor database FILE instead of the shipped one.</source>
        <translation>使用排放因子数据库 FILE，而不是随程序提供的数据库。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Use FILE as the user factor layer instead of the one in the user&apos;s data folder.</source>
        <translation>使用 FILE 作为用户因子库，而不是用户数据文件夹中的用户因子库。</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>以 JSON 格式输出结果。</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>警告：</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Compute a profile&apos;s carbon footprint</source>
        <translation>计算产品档案的碳足迹</translation>
    </message>
    <message>
        <source>Check a profile and list its problems</source>
        <translation>检查产品档案并列出问题</translation>
    </message>
    <message>
        <source>Search, show or import emission factors</source>
        <translation>搜索、查看或导入排放因子</translation>
    </message>
    <message>
        <source>Sustainable Web Design estimate for a data transfer</source>
        <translation>按可持续网页设计（SWD）模型估算数据传输的排放</translation>
    </message>
    <message>
        <source>Rank electricity grids for a profile&apos;s data-centre and AI parts</source>
        <translation>为产品档案中的数据中心和 AI 部分对各电网排序</translation>
    </message>
    <message>
        <source>Monte Carlo uncertainty and sensitivity of a footprint</source>
        <translation>碳足迹的蒙特卡洛不确定性与敏感性分析</translation>
    </message>
    <message>
        <source>Compare device refresh cycles and the replace-now payback</source>
        <translation>比较设备更新周期及立即更换的回收期</translation>
    </message>
    <message>
        <source>Print a carbon label or product sheet as PDF</source>
        <translation>将碳标签或产品碳足迹说明书输出为 PDF</translation>
    </message>
    <message>
        <source>Print labels or sheets for many profiles at once</source>
        <translation>一次为多个产品档案输出标签或报告</translation>
    </message>
    <message>
        <source>Export a cradle-to-gate footprint as a WBCSD PACT ProductFootprint</source>
        <translation>将从摇篮到大门的碳足迹导出为 WBCSD PACT ProductFootprint</translation>
    </message>
    <message>
        <source>Turn a bill of materials (CSV) into a profile skeleton</source>
        <translation>将物料清单（CSV）转换为产品档案框架</translation>
    </message>
    <message>
        <source>Embodied carbon of a logic die from its area, node and fab grid</source>
        <translation>按面积、工艺节点和晶圆厂电网计算逻辑芯片裸片的隐含碳排放</translation>
    </message>
</context>
<context>
    <name>Diagnostic</name>
    <message>
        <source>line %1, column %2</source>
        <translation>第 %1 行，第 %2 列</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
</context>
<context>
    <name>DieCommand</name>
    <message>
        <source>Embodied carbon of a logic die from its area, process node and the grid of the fab that makes it, by ACT&apos;s per-area model: (fab grid x fab electricity per cm2 + process gases + materials) / yield, plus the packages.</source>
        <translation>按ACT的单位面积模型，由裸片面积、工艺节点和制造它的晶圆厂所用电网，计算逻辑芯片裸片的隐含碳排放：（晶圆厂电网 × 每平方厘米晶圆厂耗电 + 工艺气体 + 原材料）/ 良率，再加封装。</translation>
    </message>
    <message>
        <source>Die area in mm2, more than 0 and at most 100,000.</source>
        <translation>裸片面积（mm2），大于0且不超过100,000。</translation>
    </message>
    <message>
        <source>MM2</source>
        <translation>MM2</translation>
    </message>
    <message>
        <source>Process node: 28nm, 20nm, 14nm, 10nm, 8nm, 7nm, 5nm or 3nm.</source>
        <translation>工艺节点：28nm、20nm、14nm、10nm、8nm、7nm、5nm 或 3nm。</translation>
    </message>
    <message>
        <source>NODE</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Grid factor of the fab&apos;s electricity (default %1, Taiwan, as ACT assumes).</source>
        <translation>晶圆厂用电的电网因子（默认 %1，即中国台湾，与ACT的假设相同）。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Share of process gases abated, 95, 97 or 99 % (default 97, the mean of the 95 and 99 % figures, as ACT does).</source>
        <translation>工艺气体削减比例：95、97 或 99 %（默认 97，即 95 % 与 99 % 数值的平均值，与ACT相同）。</translation>
    </message>
    <message>
        <source>PERCENT</source>
        <translation>百分比</translation>
    </message>
    <message>
        <source>Fab yield, more than 0 and at most 1 (default: the factor %1).</source>
        <translation>晶圆厂良率，大于0且不超过1（默认取因子 %1）。</translation>
    </message>
    <message>
        <source>Y</source>
        <translation>Y</translation>
    </message>
    <message>
        <source>Packaged ICs the die goes into, 0 to 1000 (default 1).</source>
        <translation>裸片所封装成的芯片数，0 到 1000（默认 1）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Also keep the result as factor ID of the user layer, in kg CO2e a piece, for a profile&apos;s materials line.</source>
        <translation>同时将结果保存为用户层中的因子 ID（单位：每件千克二氧化碳当量），供产品档案的物料行使用。</translation>
    </message>
    <message>
        <source>--area is required: the die area in mm2</source>
        <translation>必须提供 --area：裸片面积（mm2）</translation>
    </message>
    <message>
        <source>--area: expected mm2, more than 0 and at most 100000, found &quot;%1&quot;</source>
        <translation>--area：应为大于0且不超过100000的 mm2 数值，实际为“%1”</translation>
    </message>
    <message>
        <source>--node: expected one of 28nm, 20nm, 14nm, 10nm, 8nm, 7nm, 5nm, 3nm, found &quot;%1&quot;</source>
        <translation>--node：应为 28nm、20nm、14nm、10nm、8nm、7nm、5nm、3nm 之一，实际为“%1”</translation>
    </message>
    <message>
        <source>--abatement: expected 95, 97 or 99, found &quot;%1&quot;</source>
        <translation>--abatement：应为 95、97 或 99，实际为“%1”</translation>
    </message>
    <message>
        <source>--packages: expected a whole number from 0 to 1000, found &quot;%1&quot;</source>
        <translation>--packages：应为 0 到 1000 的整数，实际为“%1”</translation>
    </message>
    <message>
        <source>--yield: expected more than 0 and at most 1, found &quot;%1&quot;</source>
        <translation>--yield：应大于0且不超过1，实际为“%1”</translation>
    </message>
    <message>
        <source>--save-as: %1</source>
        <translation>--save-as：%1</translation>
    </message>
    <message>
        <source>Logic die, %1 mm2 at %2, made on %3 (%4 kg CO2e/kWh), %5 % of process gases abated, yield %6 (ACT)</source>
        <translation>逻辑芯片裸片，%1 mm2，%2 工艺，晶圆厂电网 %3（%4 千克二氧化碳当量/千瓦时），工艺气体削减 %5 %，良率 %6（ACT）</translation>
    </message>
    <message>
        <source>Per cm2 of die</source>
        <translation>每平方厘米裸片</translation>
    </message>
    <message>
        <source>kg CO2e</source>
        <translation>千克二氧化碳当量</translation>
    </message>
    <message>
        <source>Fab electricity</source>
        <translation>晶圆厂耗电</translation>
    </message>
    <message>
        <source>Process gases</source>
        <translation>工艺气体</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>原材料</translation>
    </message>
    <message>
        <source>Together</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Die (%1 cm2)</source>
        <translation>裸片（%1 平方厘米）</translation>
    </message>
    <message>
        <source>Packages (%1)</source>
        <translation>封装（%1 个）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总计</translation>
    </message>
    <message>
        <source>Factors: %1</source>
        <translation>所用因子：%1</translation>
    </message>
</context>
<context>
    <name>ExportPactCommand</name>
    <message>
        <source>Write a profile&apos;s cradle-to-gate footprint as a WBCSD PACT ProductFootprint (JSON).</source>
        <translation>将产品档案从摇篮到大门的碳足迹写为 WBCSD PACT ProductFootprint（JSON）。</translation>
    </message>
    <message>
        <source>Write to FILE.</source>
        <translation>写入 FILE。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>PACT Technical Specifications version: 3.0 (default) or 2.3.</source>
        <translation>PACT 技术规范版本：3.0（默认）或 2.3。</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>Use UUID as the footprint id instead of a random one.</source>
        <translation>使用 UUID 作为碳足迹 ID，而不是随机生成。</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>The reporting company&apos;s name.</source>
        <translation>报告企业的名称。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>A company id (URN); repeat for more.</source>
        <translation>企业标识（URN）；可重复给出多个。</translation>
    </message>
    <message>
        <source>URN</source>
        <translation>URN</translation>
    </message>
    <message>
        <source>A product id (URN); repeat for more.</source>
        <translation>产品标识（URN）；可重复给出多个。</translation>
    </message>
    <message>
        <source>The UN CPC code of the product.</source>
        <translation>产品的联合国中心产品分类（UN CPC）代码。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Start of the reference period (ISO 8601).</source>
        <translation>参考期的开始（ISO 8601）。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>End of the reference period (ISO 8601).</source>
        <translation>参考期的结束（ISO 8601）。</translation>
    </message>
    <message>
        <source>ISO 3166-1 alpha-2 country of the footprint.</source>
        <translation>碳足迹所属国家（ISO 3166-1 二字母代码）。</translation>
    </message>
    <message>
        <source>Fossil carbon in one product, kg C.</source>
        <translation>单件产品中的化石碳含量，千克碳。</translation>
    </message>
    <message>
        <source>KG</source>
        <translation>KG</translation>
    </message>
    <message>
        <source>Biogenic carbon in one product, kg C.</source>
        <translation>单件产品中的生物源碳含量，千克碳。</translation>
    </message>
    <message>
        <source>-o OUT.json is required</source>
        <translation>必须给出 -o OUT.json</translation>
    </message>
    <message>
        <source>unknown PACT version &quot;%1&quot;; use 3.0 or 2.3</source>
        <translation>未知的 PACT 版本“%1”；请使用 3.0 或 2.3</translation>
    </message>
    <message>
        <source>must be a UUID v4</source>
        <translation>必须是第 4 版 UUID</translation>
    </message>
    <message>
        <source>must be a number, zero or more</source>
        <translation>必须是不小于零的数字</translation>
    </message>
    <message>
        <source>IPCC assessment report(s) whose GWPs the factors use, e.g. AR5; repeat for more.</source>
        <translation>排放因子所采用的全球变暖潜势（GWP）出自的 IPCC 评估报告，例如 AR5；可重复给出多个。</translation>
    </message>
    <message>
        <source>AR</source>
        <translation>AR</translation>
    </message>
</context>
<context>
    <name>FactorsCommand</name>
    <message>
        <source>Emission factors: search, show, import into and export the user layer.</source>
        <translation>排放因子：搜索、查看，以及导入和导出用户因子库。</translation>
    </message>
    <message>
        <source>search QUERY | show ID | import CSV | export CSV</source>
        <translation>search 查询词 | show ID | import CSV | export CSV</translation>
    </message>
    <message>
        <source>The query, factor id or CSV file.</source>
        <translation>查询词、排放因子 ID 或 CSV 文件。</translation>
    </message>
    <message>
        <source>At most N search results (default 50).</source>
        <translation>最多 N 条搜索结果（默认 50）。</translation>
    </message>
    <message>
        <source>carbonlabel-cli factors: unknown action &quot;%1&quot;; expected search, show, import or export</source>
        <translation>carbonlabel-cli factors：未知操作“%1”；应为 search、show、import 或 export</translation>
    </message>
    <message>
        <source>carbonlabel-cli factors: --limit expects a positive whole number, found &quot;%1&quot;</source>
        <translation>carbonlabel-cli factors：--limit 应为正整数，实际为“%1”</translation>
    </message>
    <message>
        <source>No factor matches &quot;%1&quot;.</source>
        <translation>没有与“%1”匹配的排放因子。</translation>
    </message>
    <message>
        <source>carbonlabel-cli factors show: unknown factor id &quot;%1&quot;</source>
        <translation>carbonlabel-cli factors show：未知的排放因子 ID“%1”</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>name (en)</source>
        <translation>名称（英文）</translation>
    </message>
    <message>
        <source>name (zh)</source>
        <translation>名称（中文）</translation>
    </message>
    <message>
        <source>value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>source detail</source>
        <translation>来源详情</translation>
    </message>
    <message>
        <source>uncertainty (GSD)</source>
        <translation>不确定性（几何标准差）</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未给出</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>user layer</source>
        <translation>用户因子库</translation>
    </message>
    <message>
        <source>This factor counts CO2 only; other greenhouse gases are not included.</source>
        <translation>该排放因子仅计二氧化碳，不含其他温室气体。</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n factor(s) into the user layer.</source>
        <translation>
            <numerusform>已将 %n 个排放因子导入用户因子库。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n user factor(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 个用户排放因子导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>carbonlabel-cli factors %1: expected one argument, found %2</source>
        <translation>carbonlabel-cli factors %1：应给出一个参数，实际为 %2 个</translation>
    </message>
    <message>
        <source>year</source>
        <comment>the year a factor&apos;s value refers to</comment>
        <translation>年份</translation>
    </message>
    <message>
        <source>component</source>
        <translation>部件</translation>
    </message>
    <message>
        <source>none (set on the materials line)</source>
        <translation>无（在物料行上设置）</translation>
    </message>
    <message>
        <source>data quality</source>
        <translation>数据质量</translation>
    </message>
    <message>
        <source>%1, GSD %2 (reliability; completeness; temporal; geographical; technological)</source>
        <translation>%1，几何标准差 %2（可靠性；完整性；时间；地理；技术）</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>why</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>FieldNames</name>
    <message>
        <source>%1 (English)</source>
        <translation>%1（英文）</translation>
    </message>
    <message>
        <source>%1 (Chinese)</source>
        <translation>%1（中文）</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Manufacturing</source>
        <translation>制造</translation>
    </message>
    <message>
        <source>Packaging</source>
        <translation>包装</translation>
    </message>
    <message>
        <source>Use, power modes</source>
        <translation>使用阶段，功率模式</translation>
    </message>
    <message>
        <source>Use (device)</source>
        <translation>使用阶段（设备）</translation>
    </message>
    <message>
        <source>Digital service, network</source>
        <translation>数字服务，网络</translation>
    </message>
    <message>
        <source>Digital service, data centre</source>
        <translation>数字服务，数据中心</translation>
    </message>
    <message>
        <source>Digital service, AI</source>
        <translation>数字服务，AI</translation>
    </message>
    <message>
        <source>Digital service</source>
        <translation>数字服务</translation>
    </message>
    <message>
        <source>End of life</source>
        <translation>废弃处理</translation>
    </message>
    <message>
        <source>Offsets</source>
        <translation>碳抵消</translation>
    </message>
    <message>
        <source>Factor snapshot</source>
        <translation>排放因子快照</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>产品档案</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <source>triangular, %1 to %2</source>
        <translation>三角分布，%1 至 %2</translation>
    </message>
    <message>
        <source>uniform, %1 to %2</source>
        <translation>均匀分布，%1 至 %2</translation>
    </message>
    <message>
        <source>lognormal, GSD %1</source>
        <translation>对数正态分布，几何标准差 %1</translation>
    </message>
    <message>
        <source>Distribution</source>
        <comment>lifecycle stage</comment>
        <translation>运输分销</translation>
    </message>
</context>
<context>
    <name>FootprintCommand</name>
    <message>
        <source>Compute the cradle-to-grave carbon footprint of a profile.</source>
        <translation>计算产品档案从摇篮到坟墓的碳足迹。</translation>
    </message>
    <message>
        <source>Lifetime: %1 years; dataset %2</source>
        <translation>使用寿命：%1 年；数据集 %2</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>kg CO2e</source>
        <translation>千克二氧化碳当量</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>End-of-life credits (not netted)</source>
        <translation>废弃处理回收抵减（不冲减总量）</translation>
    </message>
    <message>
        <source>Offsets (not subtracted)</source>
        <translation>碳抵消（不从总量中扣除）</translation>
    </message>
    <message>
        <source>Carbon neutral</source>
        <translation>碳中和</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Contributions, largest first:</source>
        <translation>各项贡献（从大到小）：</translation>
    </message>
</context>
<context>
    <name>ImportBomCommand</name>
    <message>
        <source>Turn a bill of materials (CSV: part_en, part_zh, factor, quantity, unit) into a profile skeleton.</source>
        <translation>将物料清单（CSV：part_en、part_zh、factor、quantity、unit）转换为产品档案框架。</translation>
    </message>
    <message>
        <source>The bill of materials.</source>
        <translation>物料清单。</translation>
    </message>
    <message>
        <source>Write the profile to FILE instead of standard output.</source>
        <translation>将产品档案写入 FILE，而不是标准输出。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The product id (default: from the file name).</source>
        <translation>产品 ID（默认：取自文件名）。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The product&apos;s English name.</source>
        <translation>产品的英文名称。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The product&apos;s Chinese name.</source>
        <translation>产品的中文名称。</translation>
    </message>
    <message>
        <source>The product&apos;s lifetime in years (default: 1, as a placeholder, with a warning).</source>
        <translation>产品的使用寿命（年）（默认：1，作为占位值，并给出警告）。</translation>
    </message>
    <message>
        <source>YEARS</source>
        <translation>YEARS</translation>
    </message>
    <message>
        <source>The product&apos;s mass in kg.</source>
        <translation>产品质量（千克）。</translation>
    </message>
    <message>
        <source>KG</source>
        <translation>KG</translation>
    </message>
    <message>
        <source>must be a number greater than zero</source>
        <translation>必须是大于零的数字</translation>
    </message>
</context>
<context>
    <name>InventoryBuilder</name>
    <message>
        <source>a power factor in W</source>
        <translation>以瓦（W）为单位的功率因子</translation>
    </message>
    <message>
        <source>a utilisation from 0 to 1 (dimensionless)</source>
        <translation>0 到 1 之间的利用率（无量纲）</translation>
    </message>
    <message>
        <source>a PUE of at least 1 (dimensionless)</source>
        <translation>不小于 1 的 PUE（无量纲）</translation>
    </message>
    <message>
        <source>a replication factor of at least 1 (dimensionless)</source>
        <translation>不小于 1 的副本系数（无量纲）</translation>
    </message>
    <message>
        <source>a storage energy factor in Wh/TB-h</source>
        <translation>以 Wh/TB-h 为单位的存储能耗因子</translation>
    </message>
    <message>
        <source>factor &quot;%1&quot; (%2) is not an emission factor; expected %3</source>
        <translation>“%1”（%2）不是排放因子；应为%3</translation>
    </message>
    <message>
        <source>factor &quot;%1&quot; is in %2; expected %3</source>
        <translation>排放因子“%1”的单位为 %2；应为%3</translation>
    </message>
    <message>
        <source>%1 counts CO2 only (%3, factor &quot;%2&quot;); other greenhouse gases are not included</source>
        <translation>%1仅计二氧化碳（%3，排放因子“%2”），不含其他温室气体</translation>
    </message>
    <message>
        <source>a grid factor in kgCO2e/kWh</source>
        <translation>以 kgCO2e/kWh 为单位的电网排放因子</translation>
    </message>
    <message>
        <source>unknown unit &quot;%1&quot;; expected one of %2</source>
        <translation>未知单位“%1”；应为以下之一：%2</translation>
    </message>
    <message>
        <source>an emission factor in kgCO2e per unit of quantity</source>
        <translation>以每单位数量 kgCO2e 计的排放因子</translation>
    </message>
    <message>
        <source>unit &quot;%1&quot; does not convert to %2, the unit of factor &quot;%3&quot; (%4)</source>
        <translation>单位“%1”无法换算为排放因子“%3”（%4）的单位 %2</translation>
    </message>
    <message>
        <source>a transport factor in kgCO2e/tkm</source>
        <translation>以 kgCO2e/tkm 为单位的运输排放因子</translation>
    </message>
    <message>
        <source>ignored: annual_energy_kwh is given</source>
        <translation>已忽略：已给出 annual_energy_kwh</translation>
    </message>
    <message>
        <source>an end-of-life factor in kgCO2e/kg</source>
        <translation>以 kgCO2e/kg 为单位的废弃处理排放因子</translation>
    </message>
    <message>
        <source>the product mass is unknown (no product.mass_kg and no materials in mass units), so end of life counts as zero</source>
        <translation>产品质量未知（没有 product.mass_kg，也没有以质量单位给出的材料），因此废弃处理计为零</translation>
    </message>
    <message>
        <source>expected at least %1 (%2 W), found %3 W</source>
        <translation>应不小于 %1（%2 W），实际为 %3 W</translation>
    </message>
    <message>
        <source>applies only to the model swd-v4</source>
        <translation>仅适用于 swd-v4 模型</translation>
    </message>
    <message>
        <source>not accepted by the Sustainable Web Design model: %1</source>
        <translation>可持续网页设计模型不接受：%1</translation>
    </message>
    <message>
        <source>the %1 total already includes the data centre&apos;s energy and embodied emissions; data_center, compute, accelerators and storage are added to it, so make sure they describe other servers</source>
        <translation>%1 的总量已包含数据中心的能耗和隐含排放；data_center、compute、accelerators 和 storage 会再加到其上，请确认它们描述的是其他服务器</translation>
    </message>
    <message>
        <source>the %1 total already includes the user device&apos;s energy and embodied emissions; the use section adds the device again</source>
        <translation>%1 的总量已包含用户设备的能耗和隐含排放；使用阶段部分会再次计入该设备</translation>
    </message>
    <message>
        <source>factor &quot;%1&quot; has the value %2; expected %3</source>
        <translation>排放因子“%1”的值为 %2；应为%3</translation>
    </message>
    <message>
        <source>factor &quot;%1&quot; is in the category %2, not %3; check that it is %4</source>
        <translation>排放因子“%1”属于类别 %2，而不是 %3；请确认它是%4</translation>
    </message>
    <message>
        <source>unknown factor id &quot;%1&quot;; search the emission factors for one (the Emission factors panel, or carbonlabel-cli factors search WORDS)</source>
        <translation>未知的排放因子ID“%1”；请在排放因子库中查找（“排放因子”面板，或 carbonlabel-cli factors search 关键词）</translation>
    </message>
</context>
<context>
    <name>JsonValueReader</name>
    <message>
        <source>null</source>
        <translation>空值 null</translation>
    </message>
    <message>
        <source>true</source>
        <translation>true</translation>
    </message>
    <message>
        <source>false</source>
        <translation>false</translation>
    </message>
    <message>
        <source>the text &quot;%1&quot;</source>
        <translation>文本“%1”</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>数字 %1</translation>
    </message>
    <message>
        <source>an unsupported value</source>
        <translation>不支持的值</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>a number of zero or more</source>
        <translation>不小于零的数字</translation>
    </message>
    <message>
        <source>a number greater than zero</source>
        <translation>大于零的数字</translation>
    </message>
    <message>
        <source>a share from 0 to 1</source>
        <translation>0 到 1 之间的比例</translation>
    </message>
    <message>
        <source>a number of at least 1</source>
        <translation>不小于 1 的数字</translation>
    </message>
    <message>
        <source>hours from 0 to 24</source>
        <translation>0 到 24 之间的小时数</translation>
    </message>
    <message>
        <source>days from 0 to 366</source>
        <translation>0 到 366 之间的天数</translation>
    </message>
    <message>
        <source>a share from 0 up to (not including) 1</source>
        <translation>0 到 1（不含 1）之间的比例</translation>
    </message>
    <message>
        <source>required field is missing; expected %1</source>
        <translation>缺少必填字段；应为%1</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>应为对象，实际为%1</translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation>应为数组，实际为%1</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>应为%1，实际为%2</translation>
    </message>
    <message>
        <source>number out of range; expected %1</source>
        <translation>数字超出范围；应为%1</translation>
    </message>
    <message>
        <source>unknown field in a distribution; expected value, min, max, gsd or dist</source>
        <translation>分布中有未知字段；应为 value、min、max、gsd 或 dist</translation>
    </message>
    <message>
        <source>expected &quot;triangular&quot;, &quot;lognormal&quot; or &quot;uniform&quot;, found %1</source>
        <translation>应为“triangular”“lognormal”或“uniform”，实际为%1</translation>
    </message>
    <message>
        <source>expected &quot;triangular&quot;, &quot;lognormal&quot; or &quot;uniform&quot;, found &quot;%1&quot;</source>
        <translation>应为“triangular”“lognormal”或“uniform”，实际为“%1”</translation>
    </message>
    <message>
        <source>give either gsd (lognormal) or min and max (triangular, uniform), not both</source>
        <translation>只能给出 gsd（对数正态分布）或 min 与 max（三角分布、均匀分布）之一，不能同时给出</translation>
    </message>
    <message>
        <source>a lognormal median must be greater than zero</source>
        <translation>对数正态分布的中位数必须大于零</translation>
    </message>
    <message>
        <source>expected min &lt;= value &lt;= max, found min %1, value %2, max %3</source>
        <translation>应满足 min &lt;= value &lt;= max，实际为 min %1、value %2、max %3</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>expected a text, found %1</source>
        <translation>应为文本，实际为%1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>an object with &quot;en&quot; and &quot;zh&quot; texts</source>
        <translation>包含“en”和“zh”文本的对象</translation>
    </message>
    <message>
        <source>expected a text in at least one language (&quot;en&quot; or &quot;zh&quot;)</source>
        <translation>至少需要一种语言（“en”或“zh”）的文本</translation>
    </message>
    <message>
        <source>unknown field; it is kept when the profile is saved</source>
        <translation>未知字段；保存产品档案时会保留</translation>
    </message>
    <message>
        <source>a whole year from 1900 to 2200</source>
        <translation>1900 至 2200 之间的整数年份</translation>
    </message>
</context>
<context>
    <name>LabelCommand</name>
    <message>
        <source>Print a profile&apos;s carbon label (badge), product sheet or refresh report as PDF.</source>
        <translation>将产品档案的碳标签、产品碳足迹说明书或更新周期报告输出为 PDF。</translation>
    </message>
    <message>
        <source>Write the PDF to FILE.</source>
        <translation>将 PDF 写入 FILE。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>missing -o OUT.pdf</source>
        <translation>缺少 -o OUT.pdf</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
</context>
<context>
    <name>LabelCommandOptions</name>
    <message>
        <source>What to print: badge (the box label, default), sheet (A4 product sheet) or refresh (refresh-cycle report).</source>
        <translation>输出内容：badge（包装盒标签，默认）、sheet（A4 产品碳足迹说明书）或 refresh（更新周期报告）。</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>Language: en, zh or both (default).</source>
        <translation>语言：en、zh 或 both（默认）。</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>Badge size in millimetres, WIDTHxHEIGHT, from 40x60 to 105x148 (A6); default 60x90.</source>
        <translation>标签尺寸（毫米），宽x高，从 40x60 到 105x148（A6）；默认 60x90。</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>WxH</translation>
    </message>
    <message>
        <source>The date printed on the document and written as its creation date (default: $SOURCE_DATE_EPOCH if set, else today).</source>
        <translation>印在文档上并写作其创建日期的日期（默认：若设置了 $SOURCE_DATE_EPOCH 则用它，否则为今天）。</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>--size is for badges; the %1 is always A4</source>
        <translation>--size 仅用于标签；%1 总是 A4 尺寸</translation>
    </message>
    <message>
        <source>Badges: print the 90% range under the total (P5–P95 of %1 Monte Carlo samples, seed %2, as on the product sheet).</source>
        <translation>标签：在总量下方印出 90% 区间（P5–P95，%1 次蒙特卡洛抽样，随机种子 %2，与产品碳足迹说明书相同）。</translation>
    </message>
    <message>
        <source>--range is for badges; the product sheet always shows the range</source>
        <translation>--range 仅用于标签；产品碳足迹说明书总会给出区间</translation>
    </message>
</context>
<context>
    <name>LabelFonts</name>
    <message>
        <source>the label font %1 is missing; install the package fonts-wqy-microhei (scripts/install-deps.sh does) or set CARBONLABEL_LABEL_FONT to the file</source>
        <translation>缺少标签字体 %1；请安装软件包 fonts-wqy-microhei（scripts/install-deps.sh 会安装），或将 CARBONLABEL_LABEL_FONT 设为字体文件</translation>
    </message>
    <message>
        <source>the label font %1 could not be loaded (not a font file?)</source>
        <translation>无法加载标签字体 %1（不是字体文件？）</translation>
    </message>
    <message>
        <source>the label font subset %1 is missing, so the labels embed the whole font %2: the same labels, made more slowly (rebuild, or reinstall CarbonLabel)</source>
        <translation>缺少标签字体子集 %1，标签改为嵌入完整字体 %2：标签内容相同，但生成较慢（请重新构建或重新安装 CarbonLabel）</translation>
    </message>
    <message>
        <source>the label font has no glyph for %1 in &quot;%2&quot;: it prints as an empty box</source>
        <translation>标签字体中没有“%2”里 %1 的字形：打印出来是空框</translation>
    </message>
</context>
<context>
    <name>LabelOptions</name>
    <message>
        <source>--kind: expected badge, sheet or refresh; got &quot;%1&quot;</source>
        <translation>--kind：应为 badge、sheet 或 refresh，实际为“%1”</translation>
    </message>
    <message>
        <source>--lang: expected en, zh or both; got &quot;%1&quot;</source>
        <translation>--lang：应为 en、zh 或 both，实际为“%1”</translation>
    </message>
    <message>
        <source>--size: expected WIDTHxHEIGHT in millimetres, e.g. 60x90; got &quot;%1&quot;</source>
        <translation>--size：应为以毫米计的“宽x高”，例如 60x90，实际为“%1”</translation>
    </message>
    <message>
        <source>--size %1: %2</source>
        <translation>--size %1：%2</translation>
    </message>
    <message>
        <source>--date: expected a date as YYYY-MM-DD; got &quot;%1&quot;</source>
        <translation>--date：应为 YYYY-MM-DD 格式的日期，实际为“%1”</translation>
    </message>
    <message>
        <source>a badge is from %1 x %2 mm up to A6, %3 x %4 mm (width x height)</source>
        <translation>标签尺寸须在 %1 x %2 毫米至 A6（%3 x %4 毫米）之间（宽 x 高）</translation>
    </message>
</context>
<context>
    <name>LogicDieEstimate</name>
    <message>
        <source>the die area must be more than 0 and at most 100,000 mm2, found %1</source>
        <translation>裸片面积必须大于 0 且不超过 100,000 mm2，实际为 %1</translation>
    </message>
    <message>
        <source>the process node must be one of %1, found &quot;%2&quot;</source>
        <translation>工艺节点必须是 %1 之一，实际为“%2”</translation>
    </message>
    <message>
        <source>the process-gas abatement must be 95, 97 or 99 %, found %1</source>
        <translation>工艺气体减排率必须是 95、97 或 99 %，实际为 %1</translation>
    </message>
    <message>
        <source>the number of packages must be from 0 to 1000, found %1</source>
        <translation>封装数量必须在 0 到 1000 之间，实际为 %1</translation>
    </message>
    <message>
        <source>the yield must be more than 0 and at most 1, found %1</source>
        <translation>良率必须大于 0 且不超过 1，实际为 %1</translation>
    </message>
    <message>
        <source>factor %1 is not in the database</source>
        <translation>数据库中没有排放因子 %1</translation>
    </message>
    <message>
        <source>factor %1 is in %2, not per unit of electricity</source>
        <translation>排放因子 %1 的单位是 %2，不是按电量计</translation>
    </message>
    <message>
        <source>factor %1 is in %2; this model needs %3</source>
        <translation>排放因子 %1 的单位是 %2；此模型需要 %3</translation>
    </message>
</context>
<context>
    <name>MonteCarloCommand</name>
    <message>
        <source>Monte Carlo uncertainty of a profile&apos;s footprint: every number with a distribution and every factor with an uncertainty is sampled. Mean, median, P5 and P95 of the total and of each stage, and which inputs matter most.</source>
        <translation>产品档案碳足迹的蒙特卡洛不确定性分析：对每个带分布的数值和每个带不确定性的排放因子进行抽样。给出总量及各阶段的均值、中位数、P5 和 P95，以及影响最大的输入。</translation>
    </message>
    <message>
        <source>Number of samples, 1 to 10,000,000 (default 10,000).</source>
        <translation>样本数，1 到 10,000,000（默认 10,000）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Seed of the random generator, 0 to 18446744073709551615 (default 42). The same seed gives the same result on every machine.</source>
        <translation>随机数生成器的种子，0 到 18446744073709551615（默认 42）。同一种子在任何机器上结果相同。</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Worker threads, 1 to 1024 (default: all cores). The result does not depend on it.</source>
        <translation>工作线程数，1 到 1024（默认：全部核心）。结果与线程数无关。</translation>
    </message>
    <message>
        <source>--samples: expected a whole number from 1 to 10000000, found &quot;%1&quot;</source>
        <translation>--samples：应为 1 到 10000000 之间的整数，实际为“%1”</translation>
    </message>
    <message>
        <source>--seed: expected a whole number from 0 to 18446744073709551615, found &quot;%1&quot;</source>
        <translation>--seed：应为 0 到 18446744073709551615 之间的整数，实际为“%1”</translation>
    </message>
    <message>
        <source>--threads: expected a whole number from 1 to 1024, found &quot;%1&quot;</source>
        <translation>--threads：应为 1 到 1024 之间的整数，实际为“%1”</translation>
    </message>
    <message>
        <source>not enough memory for %1 samples; try fewer with --samples</source>
        <translation>内存不足以容纳 %1 个样本；请用 --samples 减少样本数</translation>
    </message>
    <message>
        <source>Monte Carlo: %1 samples, seed %2; kg CO2e</source>
        <translation>蒙特卡洛：%1 个样本，种子 %2；单位：千克二氧化碳当量</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Deterministic</source>
        <translation>确定性结果</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>均值</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <source>P5</source>
        <translation>P5</translation>
    </message>
    <message>
        <source>P95</source>
        <translation>P95</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>No number in this profile carries a distribution and no factor has an uncertainty, so every sample equals the deterministic result.</source>
        <translation>此产品档案中没有带分布的数值，排放因子也没有不确定性，因此每个样本都等于确定性结果。</translation>
    </message>
    <message>
        <source>Sensitivity (squared Spearman rank correlation with the total, normalised to 100 %):</source>
        <translation>敏感性（与总量的 Spearman 秩相关系数的平方，归一化为 100 %）：</translation>
    </message>
    <message>
        <source>rho %1</source>
        <translation>rho %1</translation>
    </message>
    <message>
        <source>Keep every factor at its value; vary only the numbers the profile gives as distributions.</source>
        <translation>所有排放因子保持其数值不变；只对产品档案中以分布给出的数值抽样。</translation>
    </message>
</context>
<context>
    <name>PdfPaintEngine</name>
    <message>
        <source>only solid fills can be written to the PDF</source>
        <translation>PDF 只能写入纯色填充</translation>
    </message>
    <message>
        <source>images cannot be written to a label PDF</source>
        <translation>标签 PDF 中不能写入图像</translation>
    </message>
</context>
<context>
    <name>ProfileReader</name>
    <message>
        <source>expected &quot;energy&quot;, &quot;swd-v4&quot; or &quot;swd-v3&quot;, found &quot;%1&quot;</source>
        <translation>应为“energy”“swd-v4”或“swd-v3”，实际为“%1”</translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation>应为 true 或 false，实际为%1</translation>
    </message>
    <message>
        <source>ignored: the model %1 has its own energy per GB</source>
        <translation>已忽略：模型 %1 有自己的每 GB 能耗</translation>
    </message>
    <message>
        <source>ignored: the model %1 uses its own global grid intensity</source>
        <translation>已忽略：模型 %1 使用自己的全球电网碳强度</translation>
    </message>
    <message>
        <source>applies only to the model swd-v4; for swd-v3 use &quot;green&quot;: true</source>
        <translation>仅适用于 swd-v4 模型；swd-v3 请使用 &quot;green&quot;: true</translation>
    </message>
    <message>
        <source>ignored: a green host (&quot;green&quot;: true) has the factor 1</source>
        <translation>已忽略：绿色托管（&quot;green&quot;: true）的系数为 1</translation>
    </message>
    <message>
        <source>ignored: applies only to the models swd-v4 and swd-v3</source>
        <translation>已忽略：仅适用于 swd-v4 和 swd-v3 模型</translation>
    </message>
    <message>
        <source>give either power_w (or power_w_factor), or idle_w and max_w, not both</source>
        <translation>只能给出 power_w（或 power_w_factor），或者 idle_w 与 max_w，不能同时给出</translation>
    </message>
    <message>
        <source>required field is missing; expected power_w or power_w_factor (rated power), or idle_w and max_w (each also as *_factor)</source>
        <translation>缺少必填字段；应为 power_w 或 power_w_factor（额定功率），或 idle_w 与 max_w（也可各以 *_factor 给出）</translation>
    </message>
    <message>
        <source>give either %1 or %2, not both</source>
        <translation>只能给出 %1 或 %2，不能同时给出</translation>
    </message>
    <message>
        <source>required field is missing; expected %1, or %2 with a factor id</source>
        <translation>缺少必填字段；应为 %1，或以排放因子 ID 给出的 %2</translation>
    </message>
    <message>
        <source>more hours than a year has (%1); count parallel units in vcpus, count or tb instead</source>
        <translation>小时数超过一年的小时数（%1）；并行单元请计入 vcpus、count 或 tb</translation>
    </message>
    <message>
        <source>expected at least %1 (%2), found %3</source>
        <translation>应不小于 %1（%2），实际为 %3</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>expected annual_energy_kwh or a list of modes</source>
        <translation>应给出 annual_energy_kwh 或功率模式列表</translation>
    </message>
    <message>
        <source>an array of routes</source>
        <translation>处理途径数组</translation>
    </message>
    <message>
        <source>the shares add up to %1; they must add up to 1</source>
        <translation>各比例之和为 %1；必须等于 1</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;, found %2; this is not a CarbonLabel profile</source>
        <translation>应为“%1”，实际为%2；这不是碳标签产品档案</translation>
    </message>
    <message>
        <source>expected the whole number 1, found %1</source>
        <translation>应为整数 1，实际为%1</translation>
    </message>
    <message>
        <source>unsupported version %1; this program reads version %2</source>
        <translation>不支持的版本 %1；本程序读取版本 %2</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <source>broken JSON: nested more than %1 levels deep</source>
        <translation>JSON 损坏：嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>broken JSON: %1</source>
        <translation>JSON 损坏：%1</translation>
    </message>
    <message>
        <source>number out of range; expected a finite number</source>
        <translation>数字超出范围；应为有限数</translation>
    </message>
    <message>
        <source>expected a profile object, found %1</source>
        <translation>应为产品档案对象，实际为%1</translation>
    </message>
    <message>
        <source>expected at least one route; remove end_of_life when the product&apos;s end of life is not assessed</source>
        <translation>至少需要一条处理途径；如果不评估产品的废弃处理阶段，请删除 end_of_life</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a component class; expected one of: %2</source>
        <translation>“%1”不是部件类别；应为以下之一：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a pedigree: write five scores 1 to 5 as &quot;(r;c;t;g;f)&quot;, e.g. &quot;(2;3;1;1;4)&quot;</source>
        <translation>“%1”不是谱系评分：请写五个 1 至 5 的分数，格式为“(r;c;t;g;f)”，例如“(2;3;1;1;4)”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a data source; expected &quot;primary&quot; or &quot;secondary&quot;</source>
        <translation>“%1”不是数据来源；应为“primary”（一手数据）或“secondary”（二手数据）</translation>
    </message>
</context>
<context>
    <name>RefreshCommand</name>
    <message>
        <source>The profile of the new device (.clprofile.json).</source>
        <translation>新设备的产品档案（.clprofile.json）。</translation>
    </message>
    <message>
        <source>Years to look ahead, 1 to 50 (default 12).</source>
        <translation>分析年限，1 到 50（默认 12）。</translation>
    </message>
    <message>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <source>Cycle lengths to compare, a..b years with 1 &lt;= a &lt;= b &lt;= H (default 2..8, cut to the horizon).</source>
        <translation>要比较的周期长度，a..b 年，1 &lt;= a &lt;= b &lt;= H（默认 2..8，截至分析年限）。</translation>
    </message>
    <message>
        <source>a..b</source>
        <translation>a..b</translation>
    </message>
    <message>
        <source>Yearly change of a new device&apos;s embodied emissions, e.g. -0.03 for -3 % a year (default 0).</source>
        <translation>新设备隐含排放的年变化率，例如 -0.03 表示每年 -3 %（默认 0）。</translation>
    </message>
    <message>
        <source>r</source>
        <translation>r</translation>
    </message>
    <message>
        <source>Yearly change of a new device&apos;s annual energy (default 0).</source>
        <translation>新设备年能耗的年变化率（默认 0）。</translation>
    </message>
    <message>
        <source>Yearly change of the grid&apos;s emission factor (default 0).</source>
        <translation>电网排放因子的年变化率（默认 0）。</translation>
    </message>
    <message>
        <source>Annual energy of the device in use today: adds when replacing it now with the profile&apos;s device pays back (without it the payback is null).</source>
        <translation>当前在用设备的年能耗：给出后会计算立即换成档案中设备的回收期（不给出则回收期为空）。</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>--horizon: expected a whole number of years from 1 to 50, found &quot;%1&quot;</source>
        <translation>--horizon：应为 1 到 50 之间的整数年，实际为“%1”</translation>
    </message>
    <message>
        <source>--cycles: expected a..b with 1 &lt;= a &lt;= b &lt;= %1 (the horizon), found &quot;%2&quot;</source>
        <translation>--cycles：应为 a..b，且 1 &lt;= a &lt;= b &lt;= %1（分析年限），实际为“%2”</translation>
    </message>
    <message>
        <source>--%1: expected a yearly rate greater than -1 (e.g. -0.03 for -3 % a year), found &quot;%2&quot;</source>
        <translation>--%1：应为大于 -1 的年变化率（例如 -0.03 表示每年 -3 %），实际为“%2”</translation>
    </message>
    <message>
        <source>--old-annual-kwh: expected kWh a year, a number &gt;= 0, found &quot;%1&quot;</source>
        <translation>--old-annual-kwh：应为每年千瓦时数（&gt;= 0），实际为“%1”</translation>
    </message>
    <message>
        <source>cannot analyse refresh cycles: %1</source>
        <translation>无法分析更新周期：%1</translation>
    </message>
    <message>
        <source>Refresh cycles over a horizon of H = %1 years; kg CO2e.</source>
        <translation>分析年限 H = %1 年的更新周期；单位：千克二氧化碳当量。</translation>
    </message>
    <message>
        <source>  New device: embodied %1 kg CO2e (%2 a year), %3 kWh a year (%4 a year)</source>
        <translation>  新设备：隐含排放 %1 千克二氧化碳当量（每年 %2），每年 %3 千瓦时（每年 %4）</translation>
    </message>
    <message>
        <source>  Grid: %1 kg CO2e/kWh (%2 a year)%3</source>
        <translation>  电网：%1 千克二氧化碳当量/千瓦时（每年 %2）%3</translation>
    </message>
    <message>
        <source>, no use phase in the profile</source>
        <translation>，产品档案中没有使用阶段</translation>
    </message>
    <message>
        <source>Cycle (years)</source>
        <translation>周期（年）</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备数</translation>
    </message>
    <message>
        <source>Embodied</source>
        <translation>隐含排放</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Per year</source>
        <translation>每年</translation>
    </message>
    <message>
        <source>  * best cycle: replace every %1 years</source>
        <translation>  * 最佳周期：每 %1 年更换一次</translation>
    </message>
    <message>
        <source>  The last device&apos;s embodied emissions count for the share of its years inside the horizon.</source>
        <translation>  最后一台设备的隐含排放按其在分析期内的年数比例计入。</translation>
    </message>
    <message>
        <source>Cumulative emissions at the end of each year:</source>
        <translation>每年年末的累计排放：</translation>
    </message>
    <message>
        <source>k=%1</source>
        <translation>k=%1</translation>
    </message>
    <message>
        <source>Keep one device n years: its footprint per year of service</source>
        <translation>一台设备使用 n 年：每个服务年的碳足迹</translation>
    </message>
    <message>
        <source>Years (n)</source>
        <translation>年数（n）</translation>
    </message>
    <message>
        <source>Replace now: give --old-annual-kwh to compare with the device in use.</source>
        <translation>立即更换：给出 --old-annual-kwh 以与在用设备比较。</translation>
    </message>
    <message>
        <source>Replace now: the old device uses %1 kWh a year, the new one %2 kWh (saves %3 kWh a year) and costs %4 kg CO2e to make.</source>
        <translation>立即更换：旧设备每年耗电 %1 千瓦时，新设备 %2 千瓦时（每年节省 %3 千瓦时），制造新设备排放 %4 千克二氧化碳当量。</translation>
    </message>
    <message>
        <source>  Pays back in year %1.</source>
        <translation>  在第 %1 年回收。</translation>
    </message>
    <message>
        <source>  Never pays back within %1 years.</source>
        <translation>  %1 年内无法回收。</translation>
    </message>
    <message>
        <source>Use</source>
        <comment>column: emissions from using the devices</comment>
        <translation>使用排放</translation>
    </message>
    <message>
        <source>Year</source>
        <comment>column: the nth year of service</comment>
        <translation>第几年</translation>
    </message>
    <message>
        <source>Refresh cycles: the emissions of replacing the device every k years over a horizon, the best cycle, the footprint per year of keeping one device n years, and when replacing an old device now pays back.</source>
        <translation>设备更新周期：在分析期内每 k 年更换一次设备的排放、最佳周期、一台设备使用 n 年时每年的碳足迹，以及立即更换旧设备何时回收。</translation>
    </message>
</context>
<context>
    <name>RefreshReportRenderer</name>
    <message>
        <source>the profile has errors; run carbonlabel-cli validate on it</source>
        <translation>产品档案有错误；请用 carbonlabel-cli validate 检查</translation>
    </message>
    <message>
        <source>cannot analyse refresh cycles: %1</source>
        <translation>无法分析更新周期：%1</translation>
    </message>
    <message>
        <source>cannot start a PDF</source>
        <translation>无法创建 PDF</translation>
    </message>
</context>
<context>
    <name>SaveFile</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>这是一个文件夹</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>文件夹 %1 不存在</translation>
    </message>
</context>
<context>
    <name>SheetRenderer</name>
    <message>
        <source>the profile has errors; run carbonlabel-cli validate on it</source>
        <translation>产品档案有错误；请用 carbonlabel-cli validate 检查</translation>
    </message>
    <message>
        <source>cannot start a PDF</source>
        <translation>无法创建 PDF</translation>
    </message>
</context>
<context>
    <name>StageNames</name>
    <message>
        <source>Materials &amp; manufacturing</source>
        <translation>原材料与制造</translation>
    </message>
    <message>
        <source>Use (device)</source>
        <translation>使用阶段（设备）</translation>
    </message>
    <message>
        <source>Use (digital service)</source>
        <translation>使用阶段（数字服务）</translation>
    </message>
    <message>
        <source>End of life</source>
        <translation>废弃处理</translation>
    </message>
    <message>
        <source>Distribution</source>
        <comment>lifecycle stage</comment>
        <translation>运输分销</translation>
    </message>
</context>
<context>
    <name>SwdCommand</name>
    <message>
        <source>Show this help.</source>
        <translation>显示本帮助。</translation>
    </message>
    <message>
        <source>Bytes transferred (1 GB = 10^9 bytes).</source>
        <translation>传输的字节数（1 GB = 10^9 字节）。</translation>
    </message>
    <message>
        <source>swd-v4 (default) or swd-v3.</source>
        <translation>swd-v4（默认）或 swd-v3。</translation>
    </message>
    <message>
        <source>The host is verified green.</source>
        <translation>主机已验证为绿色托管。</translation>
    </message>
    <message>
        <source>Per page visit, with the visit ratios (default: per byte).</source>
        <translation>按页面访问计算，使用访问比例（默认：按字节）。</translation>
    </message>
    <message>
        <source>Print JSON with the keys of CO2.js&apos;s segmented result, in grams CO2e.</source>
        <translation>以 CO2.js 分段结果的键输出 JSON，单位为克二氧化碳当量。</translation>
    </message>
    <message>
        <source>Evaluate many cases (needs --json): FILE, or - for standard input, holds one JSON object per line with the keys bytes, model, green, per-visit and those of the options above without their dashes (e.g. {&quot;bytes&quot;: 1e6, &quot;model&quot;: &quot;swd-v3&quot;, &quot;grid-network&quot;: 300}). Prints one JSON line per case, {&quot;error&quot;: ...} for a bad one (exit 2).</source>
        <translation>批量计算多个算例（需要 --json）：FILE（或 - 表示标准输入）每行一个 JSON 对象，键为 bytes、model、green、per-visit 以及上述选项去掉短横线前缀的名称（例如 {&quot;bytes&quot;: 1e6, &quot;model&quot;: &quot;swd-v3&quot;, &quot;grid-network&quot;: 300}）。每个算例输出一行 JSON，错误的算例输出 {&quot;error&quot;: ...}（退出状态 2）。</translation>
    </message>
    <message>
        <source>swd-v4: share 0..1 of the data centre&apos;s operational emissions that is green.</source>
        <translation>swd-v4：数据中心运行排放中绿色电力的比例（0..1）。</translation>
    </message>
    <message>
        <source>Data-centre grid intensity, gCO2e/kWh.</source>
        <translation>数据中心电网碳强度，gCO2e/kWh。</translation>
    </message>
    <message>
        <source>Network grid intensity, gCO2e/kWh.</source>
        <translation>网络电网碳强度，gCO2e/kWh。</translation>
    </message>
    <message>
        <source>User-device grid intensity, gCO2e/kWh.</source>
        <translation>用户设备电网碳强度，gCO2e/kWh。</translation>
    </message>
    <message>
        <source>Per visit: share 0..1 of first visits (v3 0.75, v4 1).</source>
        <translation>按访问：首次访问的比例 0..1（v3 为 0.75，v4 为 1）。</translation>
    </message>
    <message>
        <source>Per visit: share 0..1 of return visits (v3 0.25, v4 0).</source>
        <translation>按访问：回访的比例 0..1（v3 为 0.25，v4 为 0）。</translation>
    </message>
    <message>
        <source>Per visit: share 0..1 of the data reloaded on a return visit (v3 0.02, v4 0).</source>
        <translation>按访问：回访时重新加载数据的比例 0..1（v3 为 0.02，v4 为 0）。</translation>
    </message>
    <message>
        <source>%1 must be a finite number</source>
        <translation>%1 必须是有限数</translation>
    </message>
    <message>
        <source>%1 must not be negative</source>
        <translation>%1 不能为负</translation>
    </message>
    <message>
        <source>%1 must be between 0 and 1</source>
        <translation>%1 必须在 0 到 1 之间</translation>
    </message>
    <message>
        <source>%1 applies only to the swd-v4 model</source>
        <translation>%1 仅适用于 swd-v4 模型</translation>
    </message>
    <message>
        <source>%1 applies only with %2</source>
        <translation>%1 仅在使用 %2 时有效</translation>
    </message>
    <message>
        <source>--bytes is required</source>
        <translation>必须给出 --bytes</translation>
    </message>
    <message>
        <source>--bytes: &quot;%1&quot; is not a number</source>
        <translation>--bytes：“%1”不是数字</translation>
    </message>
    <message>
        <source>--model: unknown model &quot;%1&quot; (expected swd-v4 or swd-v3)</source>
        <translation>--model：未知模型“%1”（应为 swd-v4 或 swd-v3）</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a number</source>
        <translation>--%1：“%2”不是数字</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <source>bytes must be a number</source>
        <translation>bytes 必须是数字</translation>
    </message>
    <message>
        <source>model must be &quot;swd-v4&quot; or &quot;swd-v3&quot;</source>
        <translation>model 必须是“swd-v4”或“swd-v3”</translation>
    </message>
    <message>
        <source>%1 must be true or false</source>
        <translation>%1 必须是 true 或 false</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>未知键“%1”</translation>
    </message>
    <message>
        <source>%1 must be a number</source>
        <translation>%1 必须是数字</translation>
    </message>
    <message>
        <source>bytes is required</source>
        <translation>必须给出 bytes</translation>
    </message>
    <message>
        <source>per visit</source>
        <translation>按访问</translation>
    </message>
    <message>
        <source>per byte</source>
        <translation>按字节</translation>
    </message>
    <message>
        <source>Sustainable Web Design (%1, %2), %3 bytes, as CO2.js 0.19.0</source>
        <translation>可持续网页设计模型（%1，%2），%3 字节，与 CO2.js 0.19.0 一致</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>分段</translation>
    </message>
    <message>
        <source>g CO2e</source>
        <translation>克二氧化碳当量</translation>
    </message>
    <message>
        <source>Green hosting lowers the total only; as in CO2.js, the data-centre segments above are shown without it.</source>
        <translation>绿色托管只降低总量；与 CO2.js 一致，上面的数据中心分段未计入绿色托管。</translation>
    </message>
    <message>
        <source>--cases: cannot open %1: %2</source>
        <translation>--cases：无法打开 %1：%2</translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation>不是有效的 JSON</translation>
    </message>
    <message>
        <source>Sustainable Web Design estimate for a data transfer, in grams CO2e, identical segment by segment to CO2.js 0.19.0 (@tgwf/co2).</source>
        <translation>按可持续网页设计模型估算数据传输的排放（克二氧化碳当量），逐段与 CO2.js 0.19.0（@tgwf/co2）一致。</translation>
    </message>
    <message>
        <source>Usage: carbonlabel-cli swd --bytes N [options] [--json]
       carbonlabel-cli swd --cases FILE --json</source>
        <translation>用法：carbonlabel-cli swd --bytes N [选项] [--json]
      carbonlabel-cli swd --cases FILE --json</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>多余的参数“%1”</translation>
    </message>
    <message>
        <source>--cases cannot be combined with --%1</source>
        <translation>--cases 不能与 --%1 同时使用</translation>
    </message>
    <message>
        <source>--cases needs --json</source>
        <translation>--cases 需要 --json</translation>
    </message>
    <message>
        <source>unexpected error: %1</source>
        <translation>意外错误：%1</translation>
    </message>
    <message>
        <source>unexpected error</source>
        <translation>意外错误</translation>
    </message>
</context>
<context>
    <name>TrueTypeFont</name>
    <message>
        <source>the font %1 cannot be embedded: %2</source>
        <translation>无法嵌入字体 %1：%2</translation>
    </message>
    <message>
        <source>it has no TrueType outlines</source>
        <translation>该字体没有 TrueType 轮廓</translation>
    </message>
    <message>
        <source>its head, hhea or maxp table is damaged</source>
        <translation>其 head、hhea 或 maxp 表已损坏</translation>
    </message>
    <message>
        <source>its loca or hmtx table is too short</source>
        <translation>其 loca 或 hmtx 表过短</translation>
    </message>
    <message>
        <source>its loca table is out of order</source>
        <translation>其 loca 表顺序错乱</translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message>
        <source>Check a profile against the format and the factor database.</source>
        <translation>按格式规范和排放因子数据库检查产品档案。</translation>
    </message>
    <message>
        <source>%1: valid</source>
        <translation>%1：有效</translation>
    </message>
</context>
<context>
    <name>WhereCommand</name>
    <message>
        <source>Evaluate the data-centre and AI parts of a profile on other electricity grids, ranked.</source>
        <translation>在其他电网上计算产品档案中数据中心和 AI 部分的排放，并排序。</translation>
    </message>
    <message>
        <source>ID,ID,...</source>
        <translation>ID,ID,...</translation>
    </message>
    <message>
        <source>expected one or more grid factor ids</source>
        <translation>应给出一个或多个电网排放因子 ID</translation>
    </message>
    <message>
        <source>Data-centre and AI parts moved: %1</source>
        <translation>迁移的数据中心和 AI 部分：%1</translation>
    </message>
    <message>
        <source>Baseline on the profile&apos;s own grid (%1): %2 kg CO2e</source>
        <translation>基准（档案自身电网 %1）：%2 千克二氧化碳当量</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>电网</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>kg CO2e/kWh</source>
        <translation>kgCO2e/kWh</translation>
    </message>
    <message>
        <source>kg CO2e</source>
        <translation>千克二氧化碳当量</translation>
    </message>
    <message>
        <source>Saving kg</source>
        <translation>减排量（千克）</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>减排比例</translation>
    </message>
    <message>
        <source>* CO2 only / 仅CO2: the grid factor counts CO2 alone, not other greenhouse gases</source>
        <translation>* CO2 only / 仅CO2：该电网排放因子仅计二氧化碳，不含其他温室气体</translation>
    </message>
    <message>
        <source>Compare these grid factors (comma-separated ids), as given; default: one grid a region from the one basis that covers the most regions, without fragments or constants.</source>
        <translation>按给定比较这些电网排放因子（逗号分隔的ID）；默认：从覆盖地区最多的同一基准中每个地区取一个电网，不含分项和常数。</translation>
    </message>
    <message>
        <source>Grids of one basis, one a region: %1 (%2 regions; others with --grids)</source>
        <translation>同一基准的电网，每个地区一个：%1（%2 个地区；其他电网请用 --grids）</translation>
    </message>
    <message>
        <source>Grids as given with --grids; their bases may differ</source>
        <translation>按 --grids 给定的电网；其基准可能不同</translation>
    </message>
</context>
<context>
    <name>WhereRunAnalysis</name>
    <message>
        <source>no data-centre or AI part to move; expected data_center, ai, compute, accelerators or storage</source>
        <translation>没有可迁移的数据中心或 AI 部分；应有 data_center、ai、compute、accelerators 或 storage</translation>
    </message>
    <message>
        <source>no grid to compare</source>
        <translation>没有可比较的电网</translation>
    </message>
    <message>
        <source>unknown grid factor &quot;%1&quot;; list grids with: carbonlabel-cli factors search grid</source>
        <translation>未知的电网排放因子“%1”；可用 carbonlabel-cli factors search grid 列出电网</translation>
    </message>
    <message>
        <source>factor &quot;%1&quot; is in %2; expected a grid factor in kgCO2e/kWh</source>
        <translation>排放因子“%1”的单位为 %2；应为以 kgCO2e/kWh 为单位的电网排放因子</translation>
    </message>
    <message>
        <source>CO2 only</source>
        <translation>仅CO2</translation>
    </message>
    <message>
        <source>basis not stated, %1</source>
        <translation>未说明基准，%1</translation>
    </message>
    <message>
        <source>the profile&apos;s grid %1 is of another basis (%2) than the grids ranked (%3), so the savings compare unlike figures</source>
        <extracomment>%1 a grid factor&apos;s id, %2 and %3 bases such as &quot;lifecycle / location / generation, CO2e&quot; (the keys stay English)</extracomment>
        <translation>产品档案的电网 %1 的基准（%2）与参与排名的电网（%3）不同，因此节省量比较的是口径不同的数值</translation>
    </message>
    <message>
        <source>not per kWh</source>
        <translation>非按千瓦时计</translation>
    </message>
    <message>
        <source>lifecycle</source>
        <translation>全生命周期</translation>
    </message>
    <message>
        <source>combustion</source>
        <translation>仅燃烧</translation>
    </message>
    <message>
        <source>location</source>
        <translation>基于位置</translation>
    </message>
    <message>
        <source>market</source>
        <translation>基于市场</translation>
    </message>
    <message>
        <source>residual</source>
        <translation>剩余组合</translation>
    </message>
    <message>
        <source>generation</source>
        <translation>发电侧</translation>
    </message>
    <message>
        <source>consumption</source>
        <translation>消费侧</translation>
    </message>
    <message>
        <source>constant</source>
        <translation>固定值</translation>
    </message>
    <message>
        <source>td_losses</source>
        <translation>输配电损耗</translation>
    </message>
    <message>
        <source>wtt</source>
        <translation>上游燃料（WTT）</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>grid basis keys, then CO2e or CO2 only</comment>
        <translation>%1，%2</translation>
    </message>
</context>
<context>
    <name>carbonlabel::AnalysesPage</name>
    <message>
        <source>Not up to date: the profile has problems, so these results are from before the last edit. Fix the marked fields to update them.</source>
        <translation>不是最新结果：产品档案有问题，因此这些结果来自上一次编辑之前。修正标记的字段即可更新。</translation>
    </message>
    <message>
        <source>Uncertainty</source>
        <translation>不确定性</translation>
    </message>
    <message>
        <source>Refresh cycles</source>
        <translation>更新周期</translation>
    </message>
    <message>
        <source>Where to run</source>
        <translation>运行地点</translation>
    </message>
</context>
<context>
    <name>carbonlabel::Autosaver</name>
    <message>
        <source>cannot open it: %1</source>
        <translation>无法打开：%1</translation>
    </message>
    <message>
        <source>broken JSON: %1</source>
        <translation>JSON 损坏：%1</translation>
    </message>
    <message>
        <source>not a CarbonLabel recovery file</source>
        <translation>不是 CarbonLabel 恢复文件</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a text</source>
        <translation>“%1”不是文本</translation>
    </message>
    <message>
        <source>it holds no profile</source>
        <translation>其中没有产品档案</translation>
    </message>
    <message>
        <source>its profile cannot be opened: %1</source>
        <translation>其中的产品档案无法打开：%1</translation>
    </message>
    <message>
        <source>The recovery file %1 cannot be read (%2), nor set aside: %3.</source>
        <translation>无法读取恢复文件 %1（%2），也无法将其移到一旁：%3。</translation>
    </message>
    <message>
        <source>The recovery file %1 cannot be read (%2). It was renamed to %3.</source>
        <translation>无法读取恢复文件 %1（%2），已将其重命名为 %3。</translation>
    </message>
</context>
<context>
    <name>carbonlabel::BatchExportDialog</name>
    <message>
        <source>Add profiles</source>
        <translation>添加产品档案</translation>
    </message>
    <message>
        <source>CarbonLabel profiles (*.clprofile.json *.json)</source>
        <translation>碳标签产品档案 (*.clprofile.json *.json)</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>输出文件夹</translation>
    </message>
    <message>
        <source>Batch export labels</source>
        <translation>批量导出标签</translation>
    </message>
    <message>
        <source>One PDF per profile, with the kind, language and size chosen in the label preview. A profile with problems is reported and skipped; the others are still written.</source>
        <translation>每个产品档案生成一个 PDF，类型、语言和尺寸与标签预览中的选择相同。有问题的档案会被报告并跳过，其余的照常生成。</translation>
    </message>
    <message>
        <source>Add profiles…</source>
        <translation>添加产品档案…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Add at least one profile and choose an output folder.</source>
        <translation>请至少添加一个产品档案并选择输出文件夹。</translation>
    </message>
    <message>
        <source>Writing labels…</source>
        <translation>正在生成标签…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Writing %1 (%2 of %3)…</source>
        <translation>正在生成 %1（第 %2 个，共 %3 个）…</translation>
    </message>
    <message>
        <source>%1 written, %2 skipped because of problems.</source>
        <translation>已生成 %1 个，%2 个因存在问题而跳过。</translation>
    </message>
</context>
<context>
    <name>carbonlabel::BomImportDialog</name>
    <message>
        <source>Import bill of materials</source>
        <translation>导入物料清单</translation>
    </message>
    <message>
        <source>%1 becomes a new profile with one material line per row. Give the product facts the file does not hold; everything else can be edited afterwards.</source>
        <translation>%1 将成为一个新的产品档案，每行一条材料。请填写文件中没有的产品信息；其余内容之后都可以编辑。</translation>
    </message>
    <message>
        <source>Product ID</source>
        <translation>产品 ID</translation>
    </message>
    <message>
        <source>from the file name</source>
        <translation>取自文件名</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>名称（英文）</translation>
    </message>
    <message>
        <source>Name (Chinese)</source>
        <translation>名称（中文）</translation>
    </message>
    <message>
        <source>Lifetime (years)</source>
        <translation>使用寿命（年）</translation>
    </message>
    <message>
        <source>1, as a placeholder to replace</source>
        <translation>1，仅为待替换的占位值</translation>
    </message>
    <message>
        <source>Mass (kg)</source>
        <translation>质量（千克）</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>重新读取</translation>
    </message>
    <message>
        <source>Create profile</source>
        <translation>创建产品档案</translation>
    </message>
    <message>
        <source>expected a number greater than zero</source>
        <translation>应为大于零的数字</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) in the file: nothing is imported until they are fixed. Fix them in the CSV, then read it again.</source>
        <translation>
            <numerusform>文件中有 %n 个错误：修正之前不会导入任何内容。请在 CSV 中修正后重新读取。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) read.</source>
        <translation>
            <numerusform>已读取 %n 个零部件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): check these after creating the profile.</source>
        <translation>
            <numerusform>%n 个警告：创建产品档案后请逐一检查。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>carbonlabel::BomImporter</name>
    <message>
        <source>cannot read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>empty file; the first line must name the columns %1</source>
        <translation>文件为空；第一行必须给出列名 %1</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>第 %1 行，第 %2 列</translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot;; expected %2 (or %3)</source>
        <translation>未知列“%1”；应为 %2（或 %3）</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; appears twice</source>
        <translation>“%1”列出现了两次</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>missing column &quot;%1&quot; (%2)</source>
        <translation>缺少“%1”列（%2）</translation>
    </message>
    <message>
        <source>missing column &quot;part_en&quot; or &quot;part_zh&quot; (部件英文名 or 部件中文名)</source>
        <translation>缺少“part_en”或“part_zh”列（部件英文名或部件中文名）</translation>
    </message>
    <message>
        <source>line %1, column %2 (%3)</source>
        <translation>第 %1 行，%2 列（%3）</translation>
    </message>
    <message>
        <source>%1 fields, but the header names %2 columns</source>
        <translation>有 %1 个字段，但表头给出 %2 列</translation>
    </message>
    <message>
        <source>the part needs a name in English or Chinese</source>
        <translation>零部件需要英文或中文名称</translation>
    </message>
    <message>
        <source>empty; name an emission factor id</source>
        <translation>为空；请给出排放因子 ID</translation>
    </message>
    <message>
        <source>unknown factor &quot;%1&quot;; search with: carbonlabel-cli factors search WORDS</source>
        <translation>未知的排放因子“%1”；可用 carbonlabel-cli factors search 关键词 搜索</translation>
    </message>
    <message>
        <source>unknown factor &quot;%1&quot;; did you mean %2?</source>
        <translation>未知的排放因子“%1”；您是否要找 %2？</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number greater than zero</source>
        <translation>“%1”不是大于零的数字</translation>
    </message>
    <message>
        <source>unknown unit &quot;%1&quot;</source>
        <translation>未知单位“%1”</translation>
    </message>
    <message>
        <source>%1 is not an emission factor (its unit is %2)</source>
        <translation>%1 不是排放因子（其单位为 %2）</translation>
    </message>
    <message>
        <source>unit &quot;%1&quot; does not fit factor %2, which is per %3</source>
        <translation>单位“%1”与排放因子 %2 不匹配，该因子以每 %3 计</translation>
    </message>
    <message>
        <source>no rows after the header</source>
        <translation>表头之后没有数据行</translation>
    </message>
    <message>
        <source>set to 1 as a placeholder; give --lifetime or edit the profile</source>
        <translation>已设为占位值 1；请给出 --lifetime 或编辑产品档案</translation>
    </message>
</context>
<context>
    <name>carbonlabel::CompletenessCheck</name>
    <message>
        <source>no line stands for the %1 (&quot;%2&quot;), a part that published breakdowns of %3 count: add one, or set &quot;component&quot; on the line that holds it</source>
        <translation>没有任何一行代表%1（“%2”），而已公开的%3分解都包含这一部件：请添加一行，或在包含它的行上设置 &quot;component&quot;</translation>
    </message>
</context>
<context>
    <name>carbonlabel::ComponentClass</name>
    <message>
        <source>Display</source>
        <translation>显示屏</translation>
    </message>
    <message>
        <source>Main board</source>
        <translation>主板</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>处理器</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>Battery</source>
        <translation>电池</translation>
    </message>
    <message>
        <source>Enclosure</source>
        <translation>外壳</translation>
    </message>
    <message>
        <source>Power supply or adapter</source>
        <translation>电源或适配器</translation>
    </message>
    <message>
        <source>Cooling</source>
        <translation>散热</translation>
    </message>
    <message>
        <source>Keyboard and input</source>
        <translation>键盘与输入</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <source>Packaging</source>
        <translation>包装</translation>
    </message>
    <message>
        <source>Assembly</source>
        <translation>组装</translation>
    </message>
    <message>
        <source>Other part</source>
        <translation>其他部件</translation>
    </message>
</context>
<context>
    <name>carbonlabel::ContributionsModel</name>
    <message>
        <source>Packaging: %1</source>
        <translation>包装：%1</translation>
    </message>
    <message>
        <source>Assembly energy</source>
        <translation>组装能耗</translation>
    </message>
    <message>
        <source>Transport: %1</source>
        <translation>运输：%1</translation>
    </message>
    <message>
        <source>Annual energy</source>
        <translation>年能耗</translation>
    </message>
    <message>
        <source>Use: %1</source>
        <translation>使用：%1</translation>
    </message>
    <message>
        <source>mode %1</source>
        <translation>模式 %1</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Data centre</source>
        <translation>数据中心</translation>
    </message>
    <message>
        <source>AI inference</source>
        <translation>AI 推理</translation>
    </message>
    <message>
        <source>AI training (amortised)</source>
        <translation>AI 训练（分摊）</translation>
    </message>
    <message>
        <source>End of life: %1</source>
        <translation>废弃处理：%1</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Emission factor</source>
        <translation>排放因子</translation>
    </message>
    <message>
        <source>kg CO₂e</source>
        <translation>千克二氧化碳当量</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Source</source>
        <comment>column: what an emission comes from, e.g. a part or a transport leg</comment>
        <translation>排放来源</translation>
    </message>
</context>
<context>
    <name>carbonlabel::CsvReader</name>
    <message>
        <source>a quote inside an unquoted field (quote the whole field and double the quote)</source>
        <translation>未加引号的字段中出现引号（请给整个字段加引号，并将其中的引号写两次）</translation>
    </message>
    <message>
        <source>the quote opened here is never closed</source>
        <translation>此处开始的引号没有结束</translation>
    </message>
    <message>
        <source>unexpected character after a closing quote</source>
        <translation>结束引号后有多余的字符</translation>
    </message>
    <message>
        <source>the field is not valid UTF-8 text</source>
        <translation>该字段不是有效的 UTF-8 文本</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>carbonlabel::DataQualityModel</name>
    <message>
        <source>Data quality: the factors of this profile carry no scores.</source>
        <translation>数据质量：本产品档案所用的排放因子没有评分。</translation>
    </message>
    <message>
        <source>Data quality %1 of 5: %2 (pedigree scores weighted by contribution; %3 of the total scored)</source>
        <translation>数据质量 %1（满分 5，1 为最佳）：%2（按贡献加权的谱系评分；总量的 %3 已评分）</translation>
    </message>
    <message>
        <source>%1 (%2, its own scores)</source>
        <translation>%1（%2，自有评分）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>可靠性</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>完整性</translation>
    </message>
    <message>
        <source>Temporal correlation</source>
        <translation>时间相关性</translation>
    </message>
    <message>
        <source>Geographical correlation</source>
        <translation>地理相关性</translation>
    </message>
    <message>
        <source>Further technological correlation</source>
        <translation>其他技术相关性</translation>
    </message>
    <message>
        <source>Geometric standard deviation the scores give</source>
        <translation>评分所得的几何标准差</translation>
    </message>
    <message>
        <source>Factor</source>
        <extracomment>Column titles: the five pedigree indicators, one letter or character each (the tooltip names them).</extracomment>
        <translation>排放因子</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>R</source>
        <translation>可</translation>
    </message>
    <message>
        <source>C</source>
        <translation>完</translation>
    </message>
    <message>
        <source>T</source>
        <translation>时</translation>
    </message>
    <message>
        <source>G</source>
        <translation>地</translation>
    </message>
    <message>
        <source>F</source>
        <translation>技</translation>
    </message>
    <message>
        <source>GSD</source>
        <translation>GSD</translation>
    </message>
</context>
<context>
    <name>carbonlabel::DataQualitySummary</name>
    <message>
        <source>not scored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>very good</source>
        <translation>很好</translation>
    </message>
    <message>
        <source>good</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>较差</translation>
    </message>
</context>
<context>
    <name>carbonlabel::DiagnosticsModel</name>
    <message>
        <source>Line %1, column %2</source>
        <translation>第 %1 行，第 %2 列</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>carbonlabel::DieDialog</name>
    <message>
        <source>Part</source>
        <translation>零部件</translation>
    </message>
    <message>
        <source>Die area (mm2)</source>
        <translation>裸片面积（mm2）</translation>
    </message>
    <message>
        <source>Process node</source>
        <translation>工艺节点</translation>
    </message>
    <message>
        <source>Fab&apos;s grid</source>
        <translation>晶圆厂电网</translation>
    </message>
    <message>
        <source>Process gases abated</source>
        <translation>工艺气体减排率</translation>
    </message>
    <message>
        <source>Fab yield</source>
        <translation>晶圆厂良率</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>封装数量</translation>
    </message>
    <message>
        <source>Logic die by area</source>
        <translation>按面积估算逻辑芯片裸片</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>处理器</translation>
    </message>
    <message>
        <source>from the datasheet, e.g. 150</source>
        <translation>取自数据手册，例如 150</translation>
    </message>
    <message>
        <source>The nodes ACT&apos;s model has figures for</source>
        <translation>ACT 模型有数据的工艺节点</translation>
    </message>
    <message>
        <source>97 % is the mean of ACT&apos;s 95 and 99 % figures, as ACT does</source>
        <translation>97 % 为 ACT 的 95 % 与 99 % 数据的平均值，与 ACT 的做法相同</translation>
    </message>
    <message>
        <source>ACT&apos;s %1 unless given</source>
        <translation>未填写时用 ACT 的 %1</translation>
    </message>
    <message>
        <source>Add to materials</source>
        <translation>添加到原材料</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>应为数字</translation>
    </message>
    <message>
        <source>Die %1 kg, packages %2 kg: %3 kg CO₂e a piece (%4 kg per cm2 of die: fab electricity %5, process gases %6, materials %7).</source>
        <translation>裸片 %1 千克，封装 %2 千克：每件 %3 千克二氧化碳当量（每平方厘米裸片 %4 千克：晶圆厂用电 %5，工艺气体 %6，材料 %7）。</translation>
    </message>
    <message>
        <source>Enter the die area from the datasheet or a teardown.</source>
        <translation>请填写数据手册或拆解报告中的裸片面积。</translation>
    </message>
</context>
<context>
    <name>carbonlabel::DigitalServicePage</name>
    <message>
        <source>Network transfer</source>
        <translation>网络传输</translation>
    </message>
    <message>
        <source>Empty or “energy”: energy × grid; “swd-v4” or “swd-v3”: the Sustainable Web Design model</source>
        <translation>留空或“energy”：能耗 × 电网排放因子；“swd-v4”或“swd-v3”：可持续网页设计模型</translation>
    </message>
    <message>
        <source>Data centre</source>
        <translation>数据中心</translation>
    </message>
    <message>
        <source>Power usage effectiveness: facility energy over IT energy</source>
        <translation>电能使用效率：数据中心总能耗与 IT 设备能耗之比</translation>
    </message>
    <message>
        <source>AI inference and training</source>
        <translation>AI 推理与训练</translation>
    </message>
    <message>
        <source>Leave empty to count inference only</source>
        <translation>留空则只计推理</translation>
    </message>
    <message>
        <source>All the queries the trained model will answer; this service bears its share</source>
        <translation>训练所得模型将回答的全部查询次数；本服务按比例分担训练排放</translation>
    </message>
    <message>
        <source>Each part counts for every year of the product&apos;s lifetime. Switch a part on with its check box.</source>
        <translation>每一部分都按产品使用寿命的每一年计入。勾选复选框即可启用该部分。</translation>
    </message>
    <message>
        <source>Digital service</source>
        <translation>数字服务</translation>
    </message>
</context>
<context>
    <name>carbonlabel::DistributionDialog</name>
    <message>
        <source>Uncertainty of %1</source>
        <translation>%1的不确定性</translation>
    </message>
    <message>
        <source>Fixed: no uncertainty</source>
        <translation>固定值：无不确定性</translation>
    </message>
    <message>
        <source>Triangular: min, most likely, max</source>
        <translation>三角分布：最小值、最可能值、最大值</translation>
    </message>
    <message>
        <source>Lognormal: median and GSD</source>
        <translation>对数正态分布：中位数和几何标准差</translation>
    </message>
    <message>
        <source>Uniform: min to max</source>
        <translation>均匀分布：最小值至最大值</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>最小值</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>最大值</translation>
    </message>
    <message>
        <source>GSD</source>
        <translation>几何标准差</translation>
    </message>
    <message>
        <source>Geometric standard deviation: about 68 % of the values lie between value ÷ GSD and value × GSD</source>
        <translation>几何标准差：约 68 % 的值位于 数值 ÷ GSD 与 数值 × GSD 之间</translation>
    </message>
    <message>
        <source>Monte Carlo samples the number from this distribution; the footprint itself uses the value.</source>
        <translation>蒙特卡洛分析按此分布对该数值抽样；碳足迹本身使用数值。</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>应为数字</translation>
    </message>
    <message>
        <source>Distribution</source>
        <comment>probability distribution of a number</comment>
        <translation>分布</translation>
    </message>
</context>
<context>
    <name>carbonlabel::DistributionPage</name>
    <message>
        <source>Each leg carries the product and its packaging over a distance by one transport mode (a factor in kgCO2e/tkm). Leave the mass empty to carry the product and packaging mass.</source>
        <translation>每个运输段以一种运输方式（以 kgCO2e/tkm 为单位的排放因子）将产品及其包装运送一段距离。质量留空时按产品与包装的质量计。</translation>
    </message>
    <message>
        <source>No transport legs. Add the sea, air, rail or road legs with “+ Add line”.</source>
        <translation>尚无运输段。请用“+ 添加一行”添加海运、空运、铁路或公路运输段。</translation>
    </message>
    <message>
        <source>Distribution</source>
        <comment>lifecycle stage</comment>
        <translation>运输分销</translation>
    </message>
</context>
<context>
    <name>carbonlabel::EndOfLifePage</name>
    <message>
        <source>End of life</source>
        <translation>废弃处理</translation>
    </message>
    <message>
        <source>The product mass is treated by these routes; their shares must add up to 1. Recycling credits are reported apart, never subtracted.</source>
        <translation>产品质量按这些途径处理；各途径比例之和必须等于 1。回收抵减单独列出，从不冲减总量。</translation>
    </message>
    <message>
        <source>No routes. Add recycling, incineration or landfill with “+ Add line”.</source>
        <translation>尚无处理途径。请用“+ 添加一行”添加回收、焚烧或填埋。</translation>
    </message>
    <message>
        <source>Carbon offsets</source>
        <translation>碳抵消</translation>
    </message>
    <message>
        <source>e.g. Gold Standard, Verra VCS</source>
        <translation>例如 Gold Standard、Verra VCS</translation>
    </message>
    <message>
        <source>The retirement certificate&apos;s number or link</source>
        <translation>注销证书的编号或链接</translation>
    </message>
    <message>
        <source>Offsets never change the footprint. The “carbon neutral” mark appears only when offsets with a named standard and certificate cover the whole total.</source>
        <translation>碳抵消从不改变碳足迹。只有当注明标准和证书的碳抵消覆盖全部排放时，才会显示“碳中和”标志。</translation>
    </message>
</context>
<context>
    <name>carbonlabel::ExamplesMenu</name>
    <message>
        <source>No examples installed</source>
        <translation>未安装示例</translation>
    </message>
</context>
<context>
    <name>carbonlabel::FactorBrowser</name>
    <message>
        <source>Materials</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Electronic components</source>
        <translation>电子元器件</translation>
    </message>
    <message>
        <source>Packaging</source>
        <translation>包装</translation>
    </message>
    <message>
        <source>Grid electricity</source>
        <translation>电网电力</translation>
    </message>
    <message>
        <source>Manufacturing energy</source>
        <translation>制造能耗</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>运输</translation>
    </message>
    <message>
        <source>End of life</source>
        <translation>废弃处理</translation>
    </message>
    <message>
        <source>Network transfer</source>
        <translation>网络传输</translation>
    </message>
    <message>
        <source>Data centres</source>
        <translation>数据中心</translation>
    </message>
    <message>
        <source>Cloud compute</source>
        <translation>云计算</translation>
    </message>
    <message>
        <source>Cloud storage</source>
        <translation>云存储</translation>
    </message>
    <message>
        <source>Accelerators</source>
        <translation>加速器</translation>
    </message>
    <message>
        <source>Reference results</source>
        <translation>参考结果</translation>
    </message>
    <message numerus="yes">
        <source>%n factor(s)</source>
        <translation>
            <numerusform>%n 个排放因子</numerusform>
        </translation>
    </message>
    <message>
        <source>Search factors, e.g. aluminium, 电网, ship</source>
        <translation>搜索排放因子，例如 铝、电网、ship</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Add a factor of your own to the user layer</source>
        <translation>向用户因子库添加自己的排放因子</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Edit the selected factor; a shipped factor is overridden by a user copy</source>
        <translation>编辑所选排放因子；随程序提供的因子会由用户副本覆盖</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove the selected user factor</source>
        <translation>删除所选用户排放因子</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>导入 CSV…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>全部地区</translation>
    </message>
    <message>
        <source>Select a factor to see where it comes from.</source>
        <translation>选择一个排放因子以查看其来源。</translation>
    </message>
    <message>
        <source>No factor matches “%1”. Try fewer or other words, in English or Chinese.</source>
        <translation>没有与“%1”匹配的排放因子。请尝试更少或其他的中英文关键词。</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>your own factor (user layer)</source>
        <translation>您自己的排放因子（用户因子库）</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Remove factor</source>
        <translation>删除排放因子</translation>
    </message>
    <message>
        <source>Remove your factor “%1”?</source>
        <translation>删除您的排放因子“%1”？</translation>
    </message>
    <message>
        <source>Import factors</source>
        <translation>导入排放因子</translation>
    </message>
    <message>
        <source>Factor tables (*.csv);;All files (*)</source>
        <translation>排放因子表 (*.csv);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: the file has %n problem(s).</source>
        <translation>
            <numerusform>未导入任何内容：文件中有 %n 个问题。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n factor(s).</source>
        <translation>
            <numerusform>已导入 %n 个排放因子。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export your factors</source>
        <translation>导出您的排放因子</translation>
    </message>
    <message>
        <source>Factor tables (*.csv)</source>
        <translation>排放因子表 (*.csv)</translation>
    </message>
    <message>
        <source>Export factors</source>
        <translation>导出排放因子</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>部件</translation>
    </message>
    <message>
        <source>Basic uncertainty (GSD)</source>
        <translation>基本不确定度（几何标准差）</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>数据质量</translation>
    </message>
    <message>
        <source>reliability %1, completeness %2, temporal %3, geographical %4, technological %5: GSD %6</source>
        <translation>可靠性 %1，完整性 %2，时间 %3，地理 %4，技术 %5：几何标准差 %6</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Retrieved from</source>
        <translation>获取自</translation>
    </message>
</context>
<context>
    <name>carbonlabel::FactorCsv</name>
    <message>
        <source>row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;</source>
        <translation>“%1”列</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>the id is empty</source>
        <translation>ID 为空</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id (use only a-z, 0-9 and _)</source>
        <translation>“%1”不是有效的 ID（只能使用 a-z、0-9 和 _）</translation>
    </message>
    <message>
        <source>the value must be a finite number</source>
        <translation>数值必须是有限数</translation>
    </message>
    <message>
        <source>the unit is empty</source>
        <translation>单位为空</translation>
    </message>
    <message>
        <source>%1: a geometric standard deviation must be at least 1 (leave it empty when unknown)</source>
        <translation>%1：几何标准差必须不小于 1（未知时请留空）</translation>
    </message>
    <message>
        <source>character %1: %2</source>
        <translation>第 %1 个字符：%2</translation>
    </message>
    <message>
        <source>the file is empty; it needs a header row</source>
        <translation>文件为空；需要有表头行</translation>
    </message>
    <message>
        <source>unknown column (expected some of: %1)</source>
        <translation>未知列（应为以下各列中的若干列：%1）</translation>
    </message>
    <message>
        <source>the column appears twice</source>
        <translation>该列出现了两次</translation>
    </message>
    <message>
        <source>the required column is missing</source>
        <translation>缺少必需的列</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2</source>
        <translation>该行有 %1 个字段，而表头有 %2 个</translation>
    </message>
    <message>
        <source>the value is empty</source>
        <translation>数值为空</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole year</source>
        <translation>“%1”不是完整的年份</translation>
    </message>
    <message>
        <source>0: a geometric standard deviation must be at least 1 (leave it empty when unknown)</source>
        <translation>0：几何标准差必须不小于 1（未知时请留空）</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is already used on row %2</source>
        <translation>ID“%1”已在第 %2 行使用</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a component class (expected one of: %2, or empty)</source>
        <translation>“%1”不是部件类别（应为以下之一：%2，或留空）</translation>
    </message>
    <message>
        <source>each of the five pedigree scores must be 1 to 5</source>
        <translation>五个谱系评分都必须在 1 至 5 之间</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2, or empty</source>
        <translation>“%1”不在以下取值中：%2，或留空</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a pedigree: write five scores 1 to 5 as (r;c;t;g;f), e.g. (2;3;1;1;4)</source>
        <translation>“%1”不是谱系评分：请写五个 1 至 5 的分数，格式为 (r;c;t;g;f)，例如 (2;3;1;1;4)</translation>
    </message>
</context>
<context>
    <name>carbonlabel::FactorDatabase</name>
    <message>
        <source>The dataset version is empty.</source>
        <translation>数据集版本为空。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot create a file beside %1: %2</source>
        <translation>无法在 %1 旁创建文件：%2</translation>
    </message>
    <message>
        <source>factor %1: %2</source>
        <translation>排放因子 %1：%2</translation>
    </message>
    <message>
        <source>Cannot build %1: %2</source>
        <translation>无法生成 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The factor database %1 does not exist.</source>
        <translation>排放因子数据库 %1 不存在。</translation>
    </message>
    <message>
        <source>The factor database %1 is not a file.</source>
        <translation>排放因子数据库 %1 不是文件。</translation>
    </message>
    <message>
        <source>The factor database %1 is an empty file.</source>
        <translation>排放因子数据库 %1 是空文件。</translation>
    </message>
    <message>
        <source>The user factors cannot be kept in the shipped database %1.</source>
        <translation>用户排放因子不能保存在随程序提供的数据库 %1 中。</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>Cannot save the user factors in %1: %2</source>
        <translation>无法将用户排放因子保存到 %1：%2</translation>
    </message>
    <message>
        <source>The factor database is not open.</source>
        <translation>排放因子数据库未打开。</translation>
    </message>
    <message>
        <source>There is no user factor &quot;%1&quot;.</source>
        <translation>没有用户排放因子“%1”。</translation>
    </message>
    <message>
        <source>Cannot remove the user factor &quot;%1&quot; from %2: %3</source>
        <translation>无法从 %2 删除用户排放因子“%1”：%3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>carbonlabel::FactorDbTool</name>
    <message>
        <source>usage: carbonlabel-factordb FACTORS.csv OUT.sqlite DATASET_VERSION</source>
        <translation>用法：carbonlabel-factordb FACTORS.csv OUT.sqlite DATASET_VERSION</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: </source>
        <translation>“%1”列：</translation>
    </message>
    <message>
        <source>factors: %1 rows, dataset %2 -&gt; %3</source>
        <translation>排放因子：%1 行，数据集 %2 -&gt; %3</translation>
    </message>
</context>
<context>
    <name>carbonlabel::FactorDialog</name>
    <message>
        <source>New factor</source>
        <translation>新建排放因子</translation>
    </message>
    <message>
        <source>Edit factor</source>
        <translation>编辑排放因子</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>名称（英文）</translation>
    </message>
    <message>
        <source>Name (Chinese)</source>
        <translation>名称（中文）</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Source detail</source>
        <translation>来源详情</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Letters, digits and underscores; start your own with user_</source>
        <translation>字母、数字和下划线；自建因子请以 user_ 开头</translation>
    </message>
    <message>
        <source>Emitted mass per unit, e.g. kgCO2e/kg, kgCO2e/kWh, kgCO2e/tkm</source>
        <translation>每单位的排放质量，例如 kgCO2e/kg、kgCO2e/kWh、kgCO2e/tkm</translation>
    </message>
    <message>
        <source>optional, ≥ 1</source>
        <translation>可选，≥ 1</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>This factor is shipped with the program. Saving keeps your version in the user layer, where it overrides the shipped one; removing yours brings the shipped one back.</source>
        <translation>该排放因子随程序提供。保存后，您的版本存放在用户因子库中并覆盖随程序提供的版本；删除您的版本即可恢复原版本。</translation>
    </message>
    <message>
        <source>expected a year such as 2024</source>
        <translation>应为年份，例如 2024</translation>
    </message>
    <message>
        <source>expected a number of at least 1</source>
        <translation>应为不小于 1 的数字</translation>
    </message>
    <message>
        <source>give the factor a name in English or Chinese</source>
        <translation>请为排放因子填写英文或中文名称</translation>
    </message>
    <message>
        <source>say where the value comes from, so others can trace it</source>
        <translation>请注明数值来源，以便他人追溯</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>部件</translation>
    </message>
    <message>
        <source>none: a material, set on each line</source>
        <translation>无：属于材料，在每一行上设置</translation>
    </message>
    <message>
        <source>The part of a product this factor stands for, used to check that a bill of materials is complete</source>
        <translation>此因子代表的产品部件，用于检查物料清单是否完整</translation>
    </message>
    <message>
        <source>Basic uncertainty (GSD)</source>
        <translation>基本不确定度（几何标准差）</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>数据质量</translation>
    </message>
    <message>
        <source>Why these scores</source>
        <translation>评分理由</translation>
    </message>
    <message>
        <source>optional, e.g. (2;3;1;1;4)</source>
        <translation>可选，例如 (2;3;1;1;4)</translation>
    </message>
    <message>
        <source>Five pedigree scores, 1 best to 5: reliability; completeness; temporal; geographical; further technological correlation</source>
        <translation>五个谱系评分，1 为最佳，5 为最差：可靠性；完整性；时间相关性；地理相关性；其他技术相关性</translation>
    </message>
    <message>
        <source>expected five scores 1 to 5 as (r;c;t;g;f), e.g. (2;3;1;1;4)</source>
        <translation>应为五个 1 至 5 的分数，格式为 (r;c;t;g;f)，例如 (2;3;1;1;4)</translation>
    </message>
    <message>
        <source>Why these scores (Chinese)</source>
        <translation>评分理由（中文）</translation>
    </message>
    <message>
        <source>Notes (Chinese)</source>
        <translation>备注（中文）</translation>
    </message>
</context>
<context>
    <name>carbonlabel::FactorEdit</name>
    <message>
        <source>Search in English or Chinese…</source>
        <translation>输入中文或英文搜索…</translation>
    </message>
    <message>
        <source>Use current value</source>
        <translation>采用当前值</translation>
    </message>
    <message>
        <source>Record the database&apos;s current value in this profile</source>
        <translation>在此产品档案中记录数据库的当前值</translation>
    </message>
    <message>
        <source>%1 — changed: this profile recorded %2 %3 (dataset %4)</source>
        <translation>%1 — 已变化：此产品档案记录的是 %2 %3（数据集 %4）</translation>
    </message>
</context>
<context>
    <name>carbonlabel::FactorSearchModel</name>
    <message>
        <source>%1 (user)</source>
        <translation>%1（用户）</translation>
    </message>
    <message>
        <source>Emission factor</source>
        <translation>排放因子</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>carbonlabel::FactorStore</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <source>%1 is not a readable SQLite database (%2).</source>
        <translation>%1 不是可读的 SQLite 数据库（%2）。</translation>
    </message>
    <message>
        <source>%1 is not a CarbonLabel factor database: its tables are missing.</source>
        <translation>%1 不是碳标签排放因子数据库：缺少数据表。</translation>
    </message>
    <message>
        <source>%1 is not a CarbonLabel factor database: it has no schema version.</source>
        <translation>%1 不是碳标签排放因子数据库：没有结构版本。</translation>
    </message>
    <message>
        <source>%1 has schema version %2; this program reads version %3.</source>
        <translation>%1 的结构版本为 %2；本程序读取版本 %3。</translation>
    </message>
    <message>
        <source>%1 is not a CarbonLabel factor database: it has no dataset version.</source>
        <translation>%1 不是碳标签排放因子数据库：没有数据集版本。</translation>
    </message>
    <message>
        <source>%1 is damaged: the file is shorter than its header says.</source>
        <translation>%1 已损坏：文件比其头部声明的短。</translation>
    </message>
    <message>
        <source>%1 is damaged (%2).</source>
        <translation>%1 已损坏（%2）。</translation>
    </message>
    <message>
        <source>%1 is damaged: it should hold %2 factors but holds %3.</source>
        <translation>%1 已损坏：应包含 %2 个排放因子，实际包含 %3 个。</translation>
    </message>
    <message>
        <source>cannot store factor %1: %2</source>
        <translation>无法存储排放因子 %1：%2</translation>
    </message>
    <message>
        <source>cannot index factor %1: %2</source>
        <translation>无法为排放因子 %1 建立索引：%2</translation>
    </message>
    <message>
        <source>cannot remove factor %1: %2</source>
        <translation>无法删除排放因子 %1：%2</translation>
    </message>
    <message>
        <source>%1 could not be upgraded to schema version %2: %3</source>
        <translation>无法将 %1 升级到架构版本 %2：%3</translation>
    </message>
</context>
<context>
    <name>carbonlabel::FieldEdit</name>
    <message>
        <source>Uncertainty…</source>
        <translation>不确定性…</translation>
    </message>
    <message>
        <source>Uncertainty: %1</source>
        <translation>不确定性：%1</translation>
    </message>
</context>
<context>
    <name>carbonlabel::FieldNames</name>
    <message>
        <source>power modes</source>
        <translation>功率模式</translation>
    </message>
    <message>
        <source>routes</source>
        <translation>处理途径</translation>
    </message>
    <message>
        <source>minimum</source>
        <translation>最小值</translation>
    </message>
    <message>
        <source>maximum</source>
        <translation>最大值</translation>
    </message>
    <message>
        <source>geometric standard deviation</source>
        <translation>几何标准差</translation>
    </message>
    <message>
        <source>value</source>
        <translation>数值</translation>
    </message>
</context>
<context>
    <name>carbonlabel::FieldTable</name>
    <message>
        <source>Product ID</source>
        <translation>产品 ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Lifetime</source>
        <translation>使用寿命</translation>
    </message>
    <message>
        <source>years</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Mass</source>
        <translation>质量</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>千克</translation>
    </message>
    <message>
        <source>Functional unit</source>
        <translation>功能单位</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>零部件</translation>
    </message>
    <message>
        <source>Emission factor</source>
        <translation>排放因子</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Assembly energy</source>
        <translation>组装能耗</translation>
    </message>
    <message>
        <source>kWh per product</source>
        <translation>kWh/件</translation>
    </message>
    <message>
        <source>Factory grid</source>
        <translation>工厂所用电网</translation>
    </message>
    <message>
        <source>Yield loss</source>
        <translation>良率损失</translation>
    </message>
    <message>
        <source>fraction, e.g. 0.03</source>
        <translation>比例，例如 0.03</translation>
    </message>
    <message>
        <source>Transport mode</source>
        <translation>运输方式</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>距离</translation>
    </message>
    <message>
        <source>km</source>
        <translation>km</translation>
    </message>
    <message>
        <source>Grid where it is used</source>
        <translation>使用地电网</translation>
    </message>
    <message>
        <source>Annual energy</source>
        <translation>年能耗</translation>
    </message>
    <message>
        <source>kWh per year</source>
        <translation>kWh/年</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>功率</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>Hours per day</source>
        <translation>每天小时数</translation>
    </message>
    <message>
        <source>h/day</source>
        <translation>小时/天</translation>
    </message>
    <message>
        <source>Days per year</source>
        <translation>每年天数</translation>
    </message>
    <message>
        <source>days/year</source>
        <translation>天/年</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据量</translation>
    </message>
    <message>
        <source>GB per year</source>
        <translation>GB/年</translation>
    </message>
    <message>
        <source>Energy intensity</source>
        <translation>能耗强度</translation>
    </message>
    <message>
        <source>kWh per GB</source>
        <translation>kWh/GB</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>电网</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Green hosting share</source>
        <translation>绿色托管比例</translation>
    </message>
    <message>
        <source>IT energy</source>
        <translation>IT 能耗</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>电能使用效率（PUE）</translation>
    </message>
    <message>
        <source>≥ 1</source>
        <translation>≥ 1</translation>
    </message>
    <message>
        <source>Queries</source>
        <translation>查询次数</translation>
    </message>
    <message>
        <source>per year</source>
        <translation>次/年</translation>
    </message>
    <message>
        <source>Energy per query</source>
        <translation>每次查询能耗</translation>
    </message>
    <message>
        <source>Wh</source>
        <translation>Wh</translation>
    </message>
    <message>
        <source>Training energy</source>
        <translation>训练能耗</translation>
    </message>
    <message>
        <source>MWh</source>
        <translation>MWh</translation>
    </message>
    <message>
        <source>Training grid</source>
        <translation>训练所用电网</translation>
    </message>
    <message>
        <source>Training shared by</source>
        <translation>训练分摊到</translation>
    </message>
    <message>
        <source>queries</source>
        <translation>次查询</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>比例</translation>
    </message>
    <message>
        <source>share</source>
        <translation>比例</translation>
    </message>
    <message>
        <source>Offsets</source>
        <translation>碳抵消</translation>
    </message>
    <message>
        <source>kg CO2e</source>
        <translation>千克二氧化碳当量</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>部件</translation>
    </message>
    <message>
        <source>Reference year</source>
        <translation>基准年</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>数据质量</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>数据来源</translation>
    </message>
</context>
<context>
    <name>carbonlabel::FootprintPanel</name>
    <message>
        <source>Carbon footprint, cradle to grave</source>
        <translation>碳足迹（从摇篮到坟墓）</translation>
    </message>
    <message>
        <source>kg CO₂e</source>
        <translation>千克二氧化碳当量</translation>
    </message>
    <message>
        <source>Lifecycle stages</source>
        <translation>生命周期阶段</translation>
    </message>
    <message>
        <source>Largest contributors</source>
        <translation>主要排放来源</translation>
    </message>
    <message>
        <source>Unnamed product</source>
        <translation>未命名产品</translation>
    </message>
    <message numerus="yes">
        <source>Not up to date: %n problem(s) in the profile. Fix the marked fields to see the footprint again.</source>
        <translation>
            <numerusform>结果未更新：产品档案中有 %n 个问题。修正标记的字段后即可再次看到碳足迹。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the profile. Fix the marked fields to see the footprint.</source>
        <translation>
            <numerusform>产品档案中有 %n 个问题。修正标记的字段后即可看到碳足迹。</numerusform>
        </translation>
    </message>
    <message>
        <source>Offsets: %1 kg CO₂e, shown beside the total, never subtracted.</source>
        <translation>碳抵消：%1 千克二氧化碳当量，与总量并列显示，从不扣除。</translation>
    </message>
    <message>
        <source>Carbon neutral: certified offsets cover the whole footprint.</source>
        <translation>碳中和：经认证的碳抵消覆盖全部碳足迹。</translation>
    </message>
    <message>
        <source>Recycling credits: %1 kg CO₂e, reported apart.</source>
        <translation>回收抵减：%1 千克二氧化碳当量，单独列出。</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>没有问题</translation>
    </message>
    <message>
        <source>Problems: %1, %2</source>
        <translation>问题：%1，%2</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing counted yet. Add the product&apos;s parts on the Materials tab, or a use phase or a digital service, and the footprint appears here.</source>
        <translation>尚未计入任何内容。在“材料”标签页添加产品的零部件，或添加使用阶段或数字服务，碳足迹就会显示在这里。</translation>
    </message>
</context>
<context>
    <name>carbonlabel::LabelPreview</name>
    <message>
        <source>Badge (box label)</source>
        <translation>标签（包装盒）</translation>
    </message>
    <message>
        <source>Product sheet (A4)</source>
        <translation>产品碳足迹说明书（A4）</translation>
    </message>
    <message>
        <source>Chinese and English</source>
        <translation>中英双语</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>The label appears when the profile has no problems.</source>
        <translation>产品档案没有问题时即显示标签。</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>The profile has problems; fix them before exporting a label.</source>
        <translation>产品档案存在问题；请先修正再导出标签。</translation>
    </message>
    <message>
        <source>Export label</source>
        <translation>导出标签</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>90% range</source>
        <translation>90%区间</translation>
    </message>
    <message>
        <source>Print the 90% range (P5–P95) under the total, from the same Monte Carlo simulation as the product sheet</source>
        <translation>在总量下方印出 90% 区间（P5–P95），取自与产品碳足迹说明书相同的蒙特卡洛模拟</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>缩小（Ctrl+-）</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>放大（Ctrl++）</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>Scale the page to the width of the view</source>
        <translation>按视图宽度缩放页面</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>适合页面</translation>
    </message>
    <message>
        <source>Show the whole page (Ctrl+0)</source>
        <translation>显示整页（Ctrl+0）</translation>
    </message>
    <message>
        <source>Zoom: 100 % is the printed size; Ctrl+wheel zooms</source>
        <translation>缩放：100 % 为打印尺寸；按住 Ctrl 滚动滚轮可缩放</translation>
    </message>
    <message>
        <source>Nothing to print yet</source>
        <translation>尚无可打印的内容</translation>
    </message>
    <message>
        <source>Add a material or a use phase, and the label appears here as it will print.</source>
        <translation>添加原材料或使用阶段后，标签将按打印效果显示在此处。</translation>
    </message>
    <message>
        <source>There is nothing to print yet: add a material or a use phase first.</source>
        <translation>尚无可打印的内容：请先添加原材料或使用阶段。</translation>
    </message>
</context>
<context>
    <name>carbonlabel::ListEditor</name>
    <message>
        <source>+ Add line</source>
        <translation>+ 添加一行</translation>
    </message>
    <message>
        <source>Add a line below the selected one</source>
        <translation>在所选行下方添加一行</translation>
    </message>
    <message>
        <source>− Remove</source>
        <translation>− 删除</translation>
    </message>
    <message>
        <source>Remove the selected line</source>
        <translation>删除所选行</translation>
    </message>
    <message>
        <source>▲</source>
        <translation>▲</translation>
    </message>
    <message>
        <source>Move the selected line up</source>
        <translation>上移所选行</translation>
    </message>
    <message>
        <source>▼</source>
        <translation>▼</translation>
    </message>
    <message>
        <source>Move the selected line down</source>
        <translation>下移所选行</translation>
    </message>
    <message>
        <source>Uncertainty…</source>
        <translation>不确定性…</translation>
    </message>
</context>
<context>
    <name>carbonlabel::MainWindow</name>
    <message>
        <source>Autosave failed: %1</source>
        <translation>自动保存失败：%1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>New from &amp;example</source>
        <translation>从示例新建(&amp;E)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>Start a new, empty profile</source>
        <translation>新建一个空白产品档案</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Export label…</source>
        <translation>导出标签(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Batch export labels…</source>
        <translation>批量导出标签(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>&amp;About CarbonLabel</source>
        <translation>关于碳标签(&amp;A)</translation>
    </message>
    <message>
        <source>Emission factors</source>
        <translation>排放因子</translation>
    </message>
    <message>
        <source>Emission &amp;factors</source>
        <translation>排放因子(&amp;F)</translation>
    </message>
    <message>
        <source>Footprint</source>
        <translation>碳足迹</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>%1[*] — CarbonLabel</source>
        <translation>%1[*] — 碳标签</translation>
    </message>
    <message>
        <source>Computed in %1 ms</source>
        <translation>计算用时 %1 毫秒</translation>
    </message>
    <message>
        <source>Factor dataset %1</source>
        <translation>排放因子数据集 %1</translation>
    </message>
    <message>
        <source>No factor database</source>
        <translation>没有排放因子数据库</translation>
    </message>
    <message>
        <source>New from example</source>
        <translation>从示例新建</translation>
    </message>
    <message>
        <source>New profile from the example %1</source>
        <translation>已从示例 %1 新建产品档案</translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation>打开产品档案</translation>
    </message>
    <message>
        <source>CarbonLabel profiles (*.clprofile.json);;JSON files (*.json);;All files (*)</source>
        <translation>碳标签产品档案 (*.clprofile.json);;JSON 文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1 with %n problem(s), marked in the editor</source>
        <translation>
            <numerusform>已打开 %1，有 %n 个问题，已在编辑器中标出</numerusform>
        </translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>保存产品档案</translation>
    </message>
    <message>
        <source>CarbonLabel profiles (*.clprofile.json)</source>
        <translation>碳标签产品档案 (*.clprofile.json)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1; it still has %n problem(s)</source>
        <translation>
            <numerusform>已保存 %1；仍有 %n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Recovered the unsaved changes of %1</source>
        <translation>已恢复 %1 未保存的更改</translation>
    </message>
    <message>
        <source>About CarbonLabel</source>
        <translation>关于碳标签</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CarbonLabel 碳标签 %1&lt;/h3&gt;&lt;p&gt;Carbon footprints and carbon-transparency labels for ICT products and digital services, computed cradle to grave as ISO 14067 and GB/T 24067 describe.&lt;/p&gt;&lt;p&gt;Factor dataset %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;碳标签 CarbonLabel %1&lt;/h3&gt;&lt;p&gt;按 ISO 14067 和 GB/T 24067 的方法，从摇篮到坟墓计算 ICT 产品和数字服务的碳足迹，并生成碳透明标签。&lt;/p&gt;&lt;p&gt;排放因子数据集 %2。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Analyses</source>
        <translation>分析</translation>
    </message>
    <message>
        <source>Import bill of materials</source>
        <translation>导入物料清单</translation>
    </message>
    <message>
        <source>Bills of materials (*.csv);;All files (*)</source>
        <translation>物料清单 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Import bill of materials…</source>
        <translation>导入物料清单(&amp;I)…</translation>
    </message>
    <message>
        <source>A new profile from a CSV of parts: part_en, part_zh, factor, quantity, unit</source>
        <translation>由零部件 CSV（part_en、part_zh、factor、quantity、unit）新建产品档案</translation>
    </message>
    <message>
        <source>New profile from the bill of materials %1</source>
        <translation>已由物料清单 %1 新建产品档案</translation>
    </message>
</context>
<context>
    <name>carbonlabel::ManufacturingPage</name>
    <message>
        <source>Manufacturing</source>
        <translation>制造</translation>
    </message>
    <message>
        <source>The materials are counted (1 + yield loss) times</source>
        <translation>材料按（1 + 良率损失）倍计入</translation>
    </message>
    <message>
        <source>No packaging. Add the box, trays and bags with “+ Add line”.</source>
        <translation>尚无包装。请用“+ 添加一行”添加包装盒、托盘和袋子。</translation>
    </message>
    <message>
        <source>Packaging</source>
        <translation>包装</translation>
    </message>
</context>
<context>
    <name>carbonlabel::MaterialsPage</name>
    <message>
        <source>Each line is a part: a quantity of what an emission factor describes. Type in the factor column to search the database in English or Chinese; the unit list offers the units that convert to the factor&apos;s.</source>
        <translation>每行是一个零部件：某排放因子所描述物料的数量。在排放因子列中输入中文或英文即可搜索数据库；单位列表只提供能换算为该排放因子单位的单位。</translation>
    </message>
    <message>
        <source>No materials yet. Add the parts of the product with “+ Add line”.</source>
        <translation>尚无材料。请用“+ 添加一行”添加产品的零部件。</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>+ Processor by die area…</source>
        <translation>+ 按裸片面积添加处理器…</translation>
    </message>
    <message>
        <source>A logic die from its area, process node and fab, by ACT&apos;s per-area model, added as a line of one piece</source>
        <translation>按 ACT 的单位面积模型，由面积、工艺节点和晶圆厂估算逻辑芯片裸片，作为数量为一件的一行添加</translation>
    </message>
</context>
<context>
    <name>carbonlabel::PactExporter</name>
    <message>
        <source>unknown PACT version &quot;%1&quot;; use 3.0 or 2.3</source>
        <translation>未知的 PACT 版本“%1”；请使用 3.0 或 2.3</translation>
    </message>
    <message>
        <source>the profile could not be read</source>
        <translation>无法读取产品档案</translation>
    </message>
    <message>
        <source>missing; PACT requires %1 and CarbonLabel does not make it up</source>
        <translation>缺失；PACT 要求提供%1，碳标签不会自行编造</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a URN (urn:&lt;namespace&gt;:&lt;id&gt;)</source>
        <translation>“%1”不是 URN（urn:&lt;命名空间&gt;:&lt;标识&gt;）</translation>
    </message>
    <message>
        <source>must not repeat an identifier</source>
        <translation>标识不能重复</translation>
    </message>
    <message>
        <source>must be an ISO 8601 date or date-time</source>
        <translation>必须是 ISO 8601 日期或日期时间</translation>
    </message>
    <message>
        <source>must be after the start</source>
        <translation>必须晚于开始时间</translation>
    </message>
    <message>
        <source>must be an ISO 3166-1 alpha-2 code such as CN</source>
        <translation>必须是 ISO 3166-1 二字母代码，例如 CN</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not of the form AR&lt;number&gt;</source>
        <translation>“%1”不符合 AR&lt;数字&gt; 的格式</translation>
    </message>
    <message>
        <source>Cradle-to-gate: materials and components (with yield loss), assembly energy, packaging, and distribution to the customer&apos;s gate. The use phase and end of life are excluded.</source>
        <translation>从摇篮到大门：材料与元器件（含良率损失）、组装能耗、包装，以及运至客户大门的运输分销。不含使用阶段和废弃处理。</translation>
    </message>
    <message>
        <source>Exported by CarbonLabel from profile &quot;%1&quot; with factor dataset %2. Cradle-to-gate only (materials and manufacturing %3 kg CO2e plus distribution %4 kg CO2e per piece). The factors give total CO2e without a fossil/biogenic split, so the total is reported as fossil and biogenic CO2 uptake as zero.</source>
        <translation>由碳标签根据产品档案“%1”和排放因子数据集 %2 导出。仅含从摇篮到大门（每件原材料与制造 %3 千克二氧化碳当量，加运输分销 %4 千克二氧化碳当量）。排放因子只给出二氧化碳当量总量，不区分化石与生物源，因此总量按化石来源报告，生物源二氧化碳吸收计为零。</translation>
    </message>
    <message>
        <source>These factors count CO2 only, without the other greenhouse gases: %1.</source>
        <translation>以下排放因子仅计二氧化碳，不含其他温室气体：%1。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is given twice; name each IPCC report once</source>
        <translation>“%1”出现了两次；每份 IPCC 评估报告只需列出一次</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed with --spec 2.3, which takes only AR5 and AR6 (--ipcc); PACT 3.0 takes any AR&lt;number&gt;</source>
        <translation>“%1”不能用于 --spec 2.3：该版本只接受 AR5 和 AR6（--ipcc）；PACT 3.0 接受任意 AR&lt;编号&gt;</translation>
    </message>
</context>
<context>
    <name>carbonlabel::PactFields</name>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>必须是字符串</translation>
    </message>
    <message>
        <source>must be a list of strings</source>
        <translation>必须是字符串列表</translation>
    </message>
    <message>
        <source>must be a number, zero or more</source>
        <translation>必须是不小于零的数字</translation>
    </message>
</context>
<context>
    <name>carbonlabel::PeerBandView</name>
    <message>
        <source>this product</source>
        <translation>本产品</translation>
    </message>
    <message>
        <source>Published peers</source>
        <translation>公开的同类产品</translation>
    </message>
    <message>
        <source>Compared with published %1</source>
        <translation>与公开的%1对比</translation>
    </message>
    <message>
        <source>%1
n=%2 · percentile %3</source>
        <translation>%1
n=%2 · 第 %3 百分位</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总量</translation>
    </message>
    <message>
        <source>Manufacturing</source>
        <comment>materials and manufacturing</comment>
        <translation>原材料与制造</translation>
    </message>
    <message>
        <source>Bars: P10–P90, tick: median, whiskers: P5–P95. Derived from &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;, %3. A plausibility check, not part of the footprint.</source>
        <translation>色条：P10–P90，刻线：中位数，须线：P5–P95。数据来自 &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;，%3。仅作合理性核对，不计入碳足迹。</translation>
    </message>
</context>
<context>
    <name>carbonlabel::PeerBenchmark</name>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>expected a number, found %1</source>
        <translation>应为数字，实际为%1</translation>
    </message>
    <message>
        <source>holds %1 values where n is %2</source>
        <translation>含 %1 个值，而 n 为 %2</translation>
    </message>
    <message>
        <source>must be sorted from lowest to highest</source>
        <translation>必须从小到大排序</translation>
    </message>
    <message>
        <source>laptop footprints</source>
        <translation>笔记本电脑碳足迹</translation>
    </message>
    <message>
        <source>smartphone footprints</source>
        <translation>智能手机碳足迹</translation>
    </message>
    <message>
        <source>tablet footprints</source>
        <translation>平板电脑碳足迹</translation>
    </message>
    <message>
        <source>desktop computer footprints</source>
        <translation>台式电脑碳足迹</translation>
    </message>
    <message>
        <source>monitor footprints</source>
        <translation>显示器碳足迹</translation>
    </message>
    <message>
        <source>server footprints</source>
        <translation>服务器碳足迹</translation>
    </message>
    <message>
        <source>%1 footprints</source>
        <translation>%1碳足迹</translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation>不是有效的 JSON</translation>
    </message>
    <message>
        <source>must be &quot;carbonlabel-peer-benchmark&quot;</source>
        <translation>必须为“carbonlabel-peer-benchmark”</translation>
    </message>
    <message>
        <source>the total, %1 kg CO2e, is below P5 (%2 kg) of published %3 (n=%4): check that no stage or component is missing</source>
        <translation>总量 %1 千克二氧化碳当量，低于公开的%3（n=%4）的 P5（%2 千克）：请检查是否遗漏了某个阶段或部件</translation>
    </message>
    <message>
        <source>the total, %1 kg CO2e, is above P95 (%2 kg) of published %3 (n=%4): check the quantities and units</source>
        <translation>总量 %1 千克二氧化碳当量，高于公开的%3（n=%4）的 P95（%2 千克）：请检查数量和单位</translation>
    </message>
    <message>
        <source>materials and manufacturing, %1 kg CO2e, is below P5 (%2 kg) of published %3 (n=%4): check that the bill of materials is complete</source>
        <translation>原材料与制造 %1 千克二氧化碳当量，低于公开的%3（n=%4）的 P5（%2 千克）：请检查物料清单是否完整</translation>
    </message>
    <message>
        <source>materials and manufacturing, %1 kg CO2e, is above P95 (%2 kg) of published %3 (n=%4): check the quantities and units</source>
        <translation>原材料与制造 %1 千克二氧化碳当量，高于公开的%3（n=%4）的 P95（%2 千克）：请检查数量和单位</translation>
    </message>
    <message>
        <source>Published %1, materials and manufacturing (n=%2): %3–%4 kg (P10–P90); this product: percentile %5</source>
        <translation>公开的%1，原材料与制造（n=%2）：%3–%4 千克（P10–P90）；本产品：第 %5 百分位</translation>
    </message>
    <message>
        <source>Published %1 (n=%2): %3–%4 kg (P10–P90); this product: percentile %5</source>
        <translation>公开的%1（n=%2）：%3–%4 千克（P10–P90）；本产品：第 %5 百分位</translation>
    </message>
    <message>
        <source>Published footprints: %1 (%2), licence %3.</source>
        <translation>公开碳足迹数据：%1（%2），许可协议 %3。</translation>
    </message>
</context>
<context>
    <name>carbonlabel::ProductPage</name>
    <message>
        <source>A short identifier, e.g. a model number; printed on no label</source>
        <translation>简短的标识，例如型号；不会印在标签上</translation>
    </message>
    <message>
        <source>e.g. laptop, smartphone, peripheral, server, digital service</source>
        <translation>例如 laptop、smartphone、peripheral、server、digital service</translation>
    </message>
    <message>
        <source>How long the product is used; the use phase counts this many years</source>
        <translation>产品的使用年限；使用阶段按此年数计算</translation>
    </message>
    <message>
        <source>Leave empty to use the sum of the materials given in mass units</source>
        <translation>留空则使用以质量单位给出的材料之和</translation>
    </message>
    <message>
        <source>Say here which numbers are assumptions</source>
        <translation>请在此注明哪些数值是假设值</translation>
    </message>
    <message>
        <source>Both names are printed on bilingual labels. A field with a red outline has a problem; point at it to read what is wrong.</source>
        <translation>双语标签会同时印出中英文名称。红框标出的字段有问题；将鼠标指向它即可查看原因。</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
</context>
<context>
    <name>carbonlabel::ProfileDelegate</name>
    <message>
        <source>Search in English or Chinese…</source>
        <translation>输入中文或英文搜索…</translation>
    </message>
    <message>
        <source>(from the factor)</source>
        <translation>（取自因子）</translation>
    </message>
</context>
<context>
    <name>carbonlabel::ProfileDocument</name>
    <message>
        <source>New product</source>
        <translation>新产品</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a profile this program can open: %2</source>
        <translation>%1 不是本程序能打开的产品档案：%2</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>该文件</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Move row</source>
        <translation>移动行</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>添加%1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>删除%1</translation>
    </message>
</context>
<context>
    <name>carbonlabel::ProfileEditor</name>
    <message numerus="yes">
        <source>%n problem(s) on this page</source>
        <translation>
            <numerusform>本页有 %n 个问题</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>carbonlabel::ProfileListModel</name>
    <message>
        <source>Part (English)</source>
        <translation>零部件（英文）</translation>
    </message>
    <message>
        <source>Part (Chinese)</source>
        <translation>零部件（中文）</translation>
    </message>
    <message>
        <source>Emission factor</source>
        <translation>排放因子</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>kg CO₂e</source>
        <translation>千克二氧化碳当量</translation>
    </message>
    <message>
        <source>Transport mode</source>
        <translation>运输方式</translation>
    </message>
    <message>
        <source>Distance (km)</source>
        <translation>距离（千米）</translation>
    </message>
    <message>
        <source>Mass carried (kg)</source>
        <translation>运输质量（千克）</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Power (W)</source>
        <translation>功率（W）</translation>
    </message>
    <message>
        <source>Hours per day</source>
        <translation>每天小时数</translation>
    </message>
    <message>
        <source>Days per year</source>
        <translation>每年天数</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>Share (0–1)</source>
        <translation>比例（0–1）</translation>
    </message>
    <message>
        <source>The database now gives %1 %2 (dataset %3); this profile recorded %4 %5 (dataset %6).</source>
        <translation>数据库现在的值为 %1 %2（数据集 %3）；此产品档案记录的是 %4 %5（数据集 %6）。</translation>
    </message>
    <message>
        <source>Change emission factor</source>
        <translation>更改排放因子</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>部件</translation>
    </message>
    <message>
        <source>Choose the part of the product this line is, so the completeness check counts it.</source>
        <translation>请选择此行属于产品的哪个部件，以便完整性检查将其计入。</translation>
    </message>
    <message>
        <source>From the emission factor; choose another to override it.</source>
        <translation>取自排放因子；可另选一个以覆盖。</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>数据质量</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>数据来源</translation>
    </message>
</context>
<context>
    <name>carbonlabel::RecentFilesMenu</name>
    <message>
        <source>No recent profiles</source>
        <translation>没有最近打开的产品档案</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>清空列表</translation>
    </message>
</context>
<context>
    <name>carbonlabel::RecoveryBox</name>
    <message>
        <source>Recover unsaved changes</source>
        <translation>恢复未保存的更改</translation>
    </message>
    <message>
        <source>an untitled profile</source>
        <translation>未命名的产品档案</translation>
    </message>
    <message>
        <source>CarbonLabel did not close properly. Unsaved changes to %1 were kept at %2.</source>
        <translation>碳标签上次未正常关闭。%1 未保存的更改已于 %2 保留。</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message numerus="yes">
        <source>%n recovery file(s) could not be read and will not be offered again.</source>
        <translation>
            <numerusform>有 %n 个恢复文件无法读取，以后不会再提示恢复。</numerusform>
        </translation>
    </message>
    <message>
        <source>Recover them now, delete them, or decide the next time CarbonLabel starts.</source>
        <translation>现在恢复、删除，还是下次启动 CarbonLabel 时再决定？</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>稍后决定</translation>
    </message>
</context>
<context>
    <name>carbonlabel::RefreshCycleModel</name>
    <message>
        <source>The analysis appears when the profile has no problems.</source>
        <translation>产品档案没有问题时即显示分析结果。</translation>
    </message>
    <message>
        <source>These inputs cannot be analysed: the cycles must lie within the horizon.</source>
        <translation>无法分析这些输入：周期必须在分析年限之内。</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) — best</source>
        <translation>
            <numerusform>%n 年 — 最佳</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n 年</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace every</source>
        <translation>更换周期</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备数</translation>
    </message>
    <message>
        <source>Embodied</source>
        <translation>隐含排放</translation>
    </message>
    <message>
        <source>kg CO₂e a year</source>
        <translation>千克二氧化碳当量/年</translation>
    </message>
    <message>
        <source>Use</source>
        <comment>column: emissions from using the devices</comment>
        <translation>使用排放</translation>
    </message>
</context>
<context>
    <name>carbonlabel::RefreshProfileValues</name>
    <message>
        <source>No device to replace</source>
        <translation>没有可更换的设备</translation>
    </message>
    <message>
        <source>Refresh cycles compare how often to replace a device, and this profile has none: no materials, manufacturing or distribution, and no energy in a use phase. Add materials or a use phase to compare keeping a device 3, 4 or 6 years.</source>
        <translation>更新周期比较多久更换一次设备，而此产品档案中没有设备：没有原材料、制造或运输分销，使用阶段也没有能耗。添加原材料或使用阶段，即可比较设备使用 3 年、4 年或 6 年的差别。</translation>
    </message>
</context>
<context>
    <name>carbonlabel::RefreshView</name>
    <message>
        <source>Refresh cycles: when to replace the device</source>
        <translation>更新周期：何时更换设备</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>分析年限</translation>
    </message>
    <message>
        <source> years</source>
        <translation> 年</translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>Embodied</source>
        <translation>隐含排放</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>能耗</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>电网</translation>
    </message>
    <message>
        <source> %/yr</source>
        <translation> %/年</translation>
    </message>
    <message>
        <source>Yearly change of a new device&apos;s embodied emissions</source>
        <translation>新设备隐含排放的年变化率</translation>
    </message>
    <message>
        <source>Yearly change of a new device&apos;s annual energy</source>
        <translation>新设备年能耗的年变化率</translation>
    </message>
    <message>
        <source>Yearly change of the grid&apos;s emission factor</source>
        <translation>电网排放因子的年变化率</translation>
    </message>
    <message>
        <source>Old device</source>
        <translation>旧设备</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>The annual energy of the device in use today, to ask whether replacing it now pays back</source>
        <translation>当前在用设备的年能耗，用于判断立即更换能否回收</translation>
    </message>
    <message>
        <source>New device: %1 kg CO₂e to make, ship and dispose of; %2 kWh a year on a grid of %3 kg CO₂e/kWh.</source>
        <translation>新设备：制造、运输和废弃处理共 %1 千克二氧化碳当量；每年耗电 %2 千瓦时，电网排放因子 %3 千克二氧化碳当量/千瓦时。</translation>
    </message>
    <message>
        <source>kg CO₂e, cumulative</source>
        <translation>累计千克二氧化碳当量</translation>
    </message>
    <message numerus="yes">
        <source>every %n year(s)</source>
        <translation>
            <numerusform>每 %n 年</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Best: replace every %n year(s). Give the old device&apos;s annual energy to see when replacing it now pays back.</source>
        <translation>
            <numerusform>最佳：每 %n 年更换一次。给出旧设备的年能耗即可看到立即更换何时回收。</numerusform>
        </translation>
    </message>
    <message>
        <source>Best: replace every %1. Replacing the old device now pays back in year %2.</source>
        <translation>最佳：每 %1更换一次。立即更换旧设备在第 %2 年回收。</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n 年</numerusform>
        </translation>
    </message>
    <message>
        <source>Best: replace every %1. Replacing the old device now never pays back within %2 years.</source>
        <translation>最佳：每 %1更换一次。立即更换旧设备在 %2 年内无法回收。</translation>
    </message>
    <message>
        <source>year</source>
        <comment>chart axis: the nth year of service</comment>
        <translation>年</translation>
    </message>
</context>
<context>
    <name>carbonlabel::RowCommand</name>
    <message>
        <source>Add row</source>
        <translation>添加行</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>删除行</translation>
    </message>
</context>
<context>
    <name>carbonlabel::SetFieldCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>编辑%1</translation>
    </message>
</context>
<context>
    <name>carbonlabel::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Default label</source>
        <translation>默认标签</translation>
    </message>
    <message>
        <source>Never lose work</source>
        <translation>防止丢失工作</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Default grid</source>
        <translation>默认电网</translation>
    </message>
    <message>
        <source>The electricity grid new profiles and new sections start with</source>
        <translation>新建产品档案和新增部分时默认使用的电网</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Badge size</source>
        <translation>标签尺寸</translation>
    </message>
    <message>
        <source>Save a recovery copy of unsaved changes</source>
        <translation>为未保存的更改保存恢复副本</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Badge (box label)</source>
        <translation>标签（包装盒）</translation>
    </message>
    <message>
        <source>Product sheet (A4)</source>
        <translation>产品碳足迹说明书（A4）</translation>
    </message>
    <message>
        <source>Chinese and English</source>
        <translation>中英双语</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>No such factor in the database</source>
        <translation>数据库中没有此排放因子</translation>
    </message>
    <message>
        <source>After a pause of</source>
        <translation>停顿后</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>The copy is written this long after your last change, and at least every 30 seconds while you keep typing</source>
        <translation>在最后一次修改后经过这段时间写入副本；持续输入时至少每 30 秒写入一次</translation>
    </message>
    <message>
        <source>Refresh-cycle report (A4)</source>
        <translation>更新周期报告（A4）</translation>
    </message>
</context>
<context>
    <name>carbonlabel::SnapshotBanner</name>
    <message>
        <source>Review…</source>
        <translation>查看…</translation>
    </message>
    <message numerus="yes">
        <source>%n factor(s) in the database differ from the values recorded in this profile. The footprint uses the database&apos;s values; update the record one factor at a time.</source>
        <translation>
            <numerusform>数据库中有 %n 个排放因子与此产品档案记录的值不同。碳足迹按数据库的值计算；可逐个更新记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Update %1: %2 → %3 %4</source>
        <translation>更新 %1：%2 → %3 %4</translation>
    </message>
    <message>
        <source>Update all</source>
        <translation>全部更新</translation>
    </message>
    <message>
        <source>Update all factors</source>
        <translation>更新全部排放因子</translation>
    </message>
</context>
<context>
    <name>carbonlabel::SnapshotCommand</name>
    <message>
        <source>Update factor %1</source>
        <translation>更新排放因子 %1</translation>
    </message>
</context>
<context>
    <name>carbonlabel::StageTotalsModel</name>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>kg CO₂e</source>
        <translation>千克二氧化碳当量</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
</context>
<context>
    <name>carbonlabel::UncertaintyModel</name>
    <message>
        <source>Factor: %1</source>
        <translation>排放因子：%1</translation>
    </message>
    <message>
        <source>%1 (Spearman rho %2)</source>
        <translation>%1（Spearman 秩相关系数 %2）</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Share of the variance</source>
        <translation>方差占比</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>carbonlabel::UncertaintyView</name>
    <message>
        <source>Uncertainty (Monte Carlo)</source>
        <translation>不确定性（蒙特卡洛）</translation>
    </message>
    <message>
        <source>What the uncertainty comes from</source>
        <translation>不确定性的来源</translation>
    </message>
    <message>
        <source>Mean %1 · median %2 · %3 samples, seed %4</source>
        <translation>均值 %1 · 中位数 %2 · %3 个样本，种子 %4</translation>
    </message>
    <message>
        <source>The analysis appears when the profile has no problems.</source>
        <translation>产品档案没有问题时即显示分析结果。</translation>
    </message>
    <message>
        <source>samples</source>
        <translation>样本数</translation>
    </message>
    <message>
        <source>P5 %1 kg</source>
        <translation>P5 %1 千克</translation>
    </message>
    <message>
        <source>P95 %1 kg</source>
        <translation>P95 %1 千克</translation>
    </message>
    <message>
        <source>Data quality of the factors (pedigree scores 1 best to 5)</source>
        <translation>排放因子的数据质量（谱系评分，1 为最佳，5 为最差）</translation>
    </message>
    <message>
        <source>No number in this profile carries a distribution and no factor it uses has data-quality scores or an uncertainty, so every sample gives the same total.</source>
        <translation>本产品档案中没有以分布给出的数值，所用排放因子也没有数据质量评分或不确定度，因此每次抽样的总量都相同。</translation>
    </message>
    <message>
        <source>%1 kg CO₂e, without spread</source>
        <translation>%1 千克二氧化碳当量，无离散</translation>
    </message>
    <message>
        <source>P5–P95: %1 – %2 kg CO₂e</source>
        <translation>P5–P95：%1 – %2 千克二氧化碳当量</translation>
    </message>
    <message>
        <source>total, kg CO₂e</source>
        <translation>总量，千克二氧化碳当量</translation>
    </message>
</context>
<context>
    <name>carbonlabel::UnsavedChangesBox</name>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved.</source>
        <translation>“%1”有尚未保存的更改。</translation>
    </message>
    <message>
        <source>Save them before closing the profile?</source>
        <translation>关闭产品档案前是否保存？</translation>
    </message>
</context>
<context>
    <name>carbonlabel::UsePage</name>
    <message>
        <source>Use of the device</source>
        <translation>设备使用</translation>
    </message>
    <message>
        <source>A measured typical energy consumption (TEC); when given, the power modes are ignored</source>
        <translation>实测的典型能耗（TEC）；给出后将忽略功率模式</translation>
    </message>
    <message>
        <source>Power modes: the energy per year is power × hours per day × days per year, summed over the modes.</source>
        <translation>功率模式：每年能耗 = 功率 × 每天小时数 × 每年天数，对各模式求和。</translation>
    </message>
    <message>
        <source>No power modes. Add active, idle and sleep with “+ Add line”, or give the annual energy above.</source>
        <translation>尚无功率模式。请用“+ 添加一行”添加工作、空闲和睡眠模式，或在上方给出年能耗。</translation>
    </message>
    <message>
        <source>Use</source>
        <comment>lifecycle stage</comment>
        <translation>使用阶段</translation>
    </message>
</context>
<context>
    <name>carbonlabel::WhereRunModel</name>
    <message>
        <source>The ranking appears when the profile has no problems.</source>
        <translation>产品档案没有问题时即显示排名。</translation>
    </message>
    <message>
        <source>This profile has no data-centre or AI part to move to another grid. Add a data centre or AI use on the Digital service page to compare where to run it.</source>
        <translation>此产品档案没有可迁移到其他电网的数据中心或 AI 部分。请在“数字服务”页添加数据中心或 AI 使用，即可比较在哪里运行。</translation>
    </message>
    <message>
        <source>%1 (CO2 only)</source>
        <translation>%1（仅CO2）</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>电网</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>kg CO₂e/kWh</source>
        <translation>kgCO2e/kWh</translation>
    </message>
    <message>
        <source>kg CO₂e</source>
        <translation>千克二氧化碳当量</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>减排比例</translation>
    </message>
    <message>
        <source>The grids are of one basis, %1, one for each region.</source>
        <translation>各电网为同一基准（%1），每个地区一个。</translation>
    </message>
    <message>
        <source>Nothing to move</source>
        <translation>没有可迁移的部分</translation>
    </message>
</context>
<context>
    <name>carbonlabel::WhereRunView</name>
    <message>
        <source>Where to run it</source>
        <translation>在哪里运行</translation>
    </message>
    <message>
        <source>The data-centre and AI parts emit %1 kg CO₂e on the profile&apos;s own grid (%2, in bold). Each row runs them on another grid instead; the network and the user&apos;s device stay where they are.</source>
        <translation>数据中心和 AI 部分在档案自身电网（%2，粗体）上排放 %1 千克二氧化碳当量。每一行表示改在另一电网上运行；网络和用户设备保持不变。</translation>
    </message>
</context>
</TS>
