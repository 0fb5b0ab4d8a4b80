<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BadgeRenderer</name>
    <message>
        <location filename="../core/badgerenderer.cpp" line="311"/>
        <source>the profile has errors; run carbonlabel-cli validate on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/badgerenderer.cpp" line="338"/>
        <source>cannot start a PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchCommand</name>
    <message>
        <location filename="../core/commands/batchcommand.cpp" line="33"/>
        <source>Print one label or product sheet per profile, on all cores. A bad profile is reported and skipped; the others are still written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/batchcommand.cpp" line="36"/>
        <source>The profiles (.clprofile.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/batchcommand.cpp" line="39"/>
        <source>Write the PDFs into the folder DIR (created if missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/batchcommand.cpp" line="39"/>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/batchcommand.cpp" line="43"/>
        <source>Use N threads (default: one per core).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/batchcommand.cpp" line="43"/>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/batchcommand.cpp" line="52"/>
        <source>missing -o DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/batchcommand.cpp" line="67"/>
        <source>--jobs: expected a whole number from 1 to 256; got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/batchcommand.cpp" line="104"/>
        <source>wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/batchcommand.cpp" line="110"/>
        <source>%1 written, %2 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/batchcommand.cpp" line="122"/>
        <source>-o %1: not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/batchcommand.cpp" line="126"/>
        <source>-o %1: cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/batchcommand.cpp" line="131"/>
        <source>-o %1: cannot write into the folder: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/gui/commandline.cpp" line="10"/>
        <source>CarbonLabel: carbon footprints and carbon labels for ICT products and digital services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/commandline.cpp" line="13"/>
        <source>A profile to open (.clprofile.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/commandline.cpp" line="15"/>
        <source>The language of the window: en or zh_CN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/commandline.cpp" line="18"/>
        <source>Do not offer to recover unsaved changes after a crash.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLineParser</name>
    <message>
        <location filename="../app/cli/commandlineparser.cpp" line="22"/>
        <source>Usage: carbonlabel-cli COMMAND [OPTIONS] [ARGUMENTS]

Carbon footprints and carbon labels for ICT products and digital services.

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandlineparser.cpp" line="30"/>
        <source>
Run &quot;carbonlabel-cli COMMAND --help&quot; for a command&apos;s options.
Exit status: 0 success, 2 bad input or usage, 1 unexpected error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandlineparser.cpp" line="55"/>
        <source>carbonlabel-cli: unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandSupport</name>
    <message>
        <location filename="../core/commands/commandsupport.cpp" line="8"/>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/commandsupport.cpp" line="27"/>
        <source>missing argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/commandsupport.cpp" line="27"/>
        <source>too many arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/commandsupport.cpp" line="37"/>
        <source>Use the factor database FILE instead of the shipped one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/commandsupport.cpp" line="38"/>
        <location filename="../core/commands/commandsupport.cpp" line="44"/>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/commandsupport.cpp" line="44"/>
        <source>Use FILE as the user factor layer instead of the one in the user&apos;s data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/commandsupport.cpp" line="49"/>
        <source>Print the result as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../core/commands/commandregistry.cpp" line="18"/>
        <source>Compute a profile&apos;s carbon footprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/commandregistry.cpp" line="20"/>
        <source>Check a profile and list its problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/commandregistry.cpp" line="22"/>
        <source>Search, show or import emission factors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/commandregistry.cpp" line="25"/>
        <source>Sustainable Web Design estimate for a data transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/commandregistry.cpp" line="29"/>
        <source>Rank electricity grids for a profile&apos;s data-centre and AI parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/commandregistry.cpp" line="32"/>
        <source>Monte Carlo uncertainty and sensitivity of a footprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/commandregistry.cpp" line="35"/>
        <source>Compare device refresh cycles and the replace-now payback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/commandregistry.cpp" line="37"/>
        <source>Print a carbon label or product sheet as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/commandregistry.cpp" line="39"/>
        <source>Print labels or sheets for many profiles at once</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Diagnostic</name>
    <message>
        <location filename="../core/diagnostic.cpp" line="12"/>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostic.cpp" line="18"/>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorsCommand</name>
    <message>
        <location filename="../core/commands/factorscommand.cpp" line="31"/>
        <source>Emission factors: search, show, import into and export the user layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/factorscommand.cpp" line="32"/>
        <source>search QUERY | show ID | import CSV | export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/factorscommand.cpp" line="33"/>
        <source>The query, factor id or CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/factorscommand.cpp" line="37"/>
        <source>At most N search results (default 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/factorscommand.cpp" line="47"/>
        <source>carbonlabel-cli factors: unknown action &quot;%1&quot;; expected search, show, import or export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/factorscommand.cpp" line="53"/>
        <source>carbonlabel-cli factors: --limit expects a positive whole number, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/factorscommand.cpp" line="78"/>
        <source>No factor matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/factorscommand.cpp" line="85"/>
        <source>carbonlabel-cli factors show: unknown factor id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/factorscommand.cpp" line="92"/>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/factorscommand.cpp" line="92"/>
        <source>category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/factorscommand.cpp" line="93"/>
        <source>name (en)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/factorscommand.cpp" line="93"/>
        <source>name (zh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/factorscommand.cpp" line="94"/>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/factorscommand.cpp" line="95"/>
        <source>region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/factorscommand.cpp" line="95"/>
        <source>year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/factorscommand.cpp" line="96"/>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/factorscommand.cpp" line="96"/>
        <source>source detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/factorscommand.cpp" line="97"/>
        <source>uncertainty (GSD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/factorscommand.cpp" line="97"/>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/factorscommand.cpp" line="98"/>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/factorscommand.cpp" line="99"/>
        <source>dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/factorscommand.cpp" line="99"/>
        <source>user layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/factorscommand.cpp" line="103"/>
        <source>This factor counts CO2 only; other greenhouse gases are not included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/factorscommand.cpp" line="111"/>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/commands/factorscommand.cpp" line="114"/>
        <source>Imported %n factor(s) into the user layer.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/commands/factorscommand.cpp" line="123"/>
        <source>Exported %n user factor(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldNames</name>
    <message>
        <location filename="../core/fieldnames.cpp" line="87"/>
        <source>%1 (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fieldnames.cpp" line="88"/>
        <source>%1 (Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fieldnames.cpp" line="99"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fieldnames.cpp" line="101"/>
        <source>Materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fieldnames.cpp" line="103"/>
        <source>Manufacturing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fieldnames.cpp" line="105"/>
        <source>Packaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fieldnames.cpp" line="107"/>
        <source>Distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fieldnames.cpp" line="109"/>
        <source>Use, power modes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fieldnames.cpp" line="109"/>
        <source>Use (device)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fieldnames.cpp" line="112"/>
        <source>Digital service, network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fieldnames.cpp" line="114"/>
        <source>Digital service, data centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fieldnames.cpp" line="116"/>
        <source>Digital service, AI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fieldnames.cpp" line="117"/>
        <source>Digital service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fieldnames.cpp" line="120"/>
        <source>End of life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fieldnames.cpp" line="122"/>
        <source>Offsets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fieldnames.cpp" line="124"/>
        <source>Factor snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fieldnames.cpp" line="125"/>
        <location filename="../core/fieldnames.cpp" line="136"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fieldnames.cpp" line="145"/>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FootprintCommand</name>
    <message>
        <location filename="../core/commands/footprintcommand.cpp" line="22"/>
        <source>Compute the cradle-to-grave carbon footprint of a profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/footprintcommand.cpp" line="23"/>
        <source>The profile (.clprofile.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/footprintcommand.cpp" line="70"/>
        <source>Lifetime: %1 years; dataset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/footprintcommand.cpp" line="71"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/footprintcommand.cpp" line="71"/>
        <source>kg CO2e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/footprintcommand.cpp" line="71"/>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/footprintcommand.cpp" line="74"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/footprintcommand.cpp" line="76"/>
        <source>End-of-life credits (not netted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/footprintcommand.cpp" line="77"/>
        <source>Offsets (not subtracted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/footprintcommand.cpp" line="78"/>
        <source>Carbon neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/footprintcommand.cpp" line="78"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/footprintcommand.cpp" line="78"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/footprintcommand.cpp" line="82"/>
        <source>Contributions, largest first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/footprintcommand.cpp" line="96"/>
        <source>Warnings:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InventoryBuilder</name>
    <message>
        <location filename="../core/inventorybuilder.cpp" line="43"/>
        <source>a power factor in W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventorybuilder.cpp" line="49"/>
        <source>a utilisation from 0 to 1 (dimensionless)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventorybuilder.cpp" line="57"/>
        <source>a PUE of at least 1 (dimensionless)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventorybuilder.cpp" line="64"/>
        <source>a replication factor of at least 1 (dimensionless)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventorybuilder.cpp" line="71"/>
        <source>a storage energy factor in Wh/TB-h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventorybuilder.cpp" line="111"/>
        <location filename="../core/inventorybuilder.cpp" line="499"/>
        <source>unknown factor id &quot;%1&quot;; find one with: carbonlabel-cli factors search WORDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventorybuilder.cpp" line="118"/>
        <source>factor &quot;%1&quot; (%2) is not an emission factor; expected %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventorybuilder.cpp" line="123"/>
        <location filename="../core/inventorybuilder.cpp" line="506"/>
        <source>factor &quot;%1&quot; is in %2; expected %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventorybuilder.cpp" line="137"/>
        <source>factor &quot;%1&quot; counts CO2 only (%2); other greenhouse gases are not included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventorybuilder.cpp" line="146"/>
        <source>a grid factor in kgCO2e/kWh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventorybuilder.cpp" line="158"/>
        <source>unknown unit &quot;%1&quot;; expected one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventorybuilder.cpp" line="166"/>
        <source>an emission factor in kgCO2e per unit of quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventorybuilder.cpp" line="172"/>
        <source>unit &quot;%1&quot; does not convert to %2, the unit of factor &quot;%3&quot; (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventorybuilder.cpp" line="228"/>
        <source>a transport factor in kgCO2e/tkm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventorybuilder.cpp" line="243"/>
        <source>ignored: annual_energy_kwh is given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventorybuilder.cpp" line="266"/>
        <source>an end-of-life factor in kgCO2e/kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventorybuilder.cpp" line="274"/>
        <source>the product mass is unknown (no product.mass_kg and no materials in mass units), so end of life counts as zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventorybuilder.cpp" line="428"/>
        <source>expected at least %1 (%2 W), found %3 W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventorybuilder.cpp" line="464"/>
        <source>applies only to the model swd-v4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventorybuilder.cpp" line="465"/>
        <source>not accepted by the Sustainable Web Design model: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventorybuilder.cpp" line="476"/>
        <source>the %1 total already includes the data centre&apos;s energy and embodied emissions; data_center, compute, accelerators and storage are added to it, so make sure they describe other servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventorybuilder.cpp" line="484"/>
        <source>the %1 total already includes the user device&apos;s energy and embodied emissions; the use section adds the device again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventorybuilder.cpp" line="512"/>
        <source>factor &quot;%1&quot; has the value %2; expected %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventorybuilder.cpp" line="528"/>
        <source>factor &quot;%1&quot; is in the category %2, not %3; check that it is %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonValueReader</name>
    <message>
        <location filename="../core/jsonvaluereader.cpp" line="41"/>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jsonvaluereader.cpp" line="43"/>
        <source>true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jsonvaluereader.cpp" line="43"/>
        <source>false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jsonvaluereader.cpp" line="45"/>
        <source>the text &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jsonvaluereader.cpp" line="47"/>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jsonvaluereader.cpp" line="49"/>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jsonvaluereader.cpp" line="53"/>
        <source>the number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jsonvaluereader.cpp" line="58"/>
        <source>an unsupported value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jsonvaluereader.cpp" line="65"/>
        <location filename="../core/jsonvaluereader.cpp" line="81"/>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jsonvaluereader.cpp" line="67"/>
        <source>a number of zero or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jsonvaluereader.cpp" line="69"/>
        <source>a number greater than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jsonvaluereader.cpp" line="71"/>
        <source>a share from 0 to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jsonvaluereader.cpp" line="73"/>
        <source>a number of at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jsonvaluereader.cpp" line="75"/>
        <source>hours from 0 to 24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jsonvaluereader.cpp" line="77"/>
        <source>days from 0 to 366</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jsonvaluereader.cpp" line="79"/>
        <source>a share from 0 up to (not including) 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jsonvaluereader.cpp" line="100"/>
        <source>required field is missing; expected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jsonvaluereader.cpp" line="110"/>
        <source>expected an object, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jsonvaluereader.cpp" line="118"/>
        <source>expected an array, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jsonvaluereader.cpp" line="149"/>
        <location filename="../core/jsonvaluereader.cpp" line="158"/>
        <source>expected %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jsonvaluereader.cpp" line="154"/>
        <source>number out of range; expected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jsonvaluereader.cpp" line="177"/>
        <source>unknown field in a distribution; expected value, min, max, gsd or dist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jsonvaluereader.cpp" line="184"/>
        <source>expected &quot;triangular&quot;, &quot;lognormal&quot; or &quot;uniform&quot;, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jsonvaluereader.cpp" line="191"/>
        <source>expected &quot;triangular&quot;, &quot;lognormal&quot; or &quot;uniform&quot;, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jsonvaluereader.cpp" line="199"/>
        <source>give either gsd (lognormal) or min and max (triangular, uniform), not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jsonvaluereader.cpp" line="210"/>
        <source>a lognormal median must be greater than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jsonvaluereader.cpp" line="223"/>
        <source>expected min &lt;= value &lt;= max, found min %1, value %2, max %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jsonvaluereader.cpp" line="262"/>
        <source>a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jsonvaluereader.cpp" line="266"/>
        <source>expected a text, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jsonvaluereader.cpp" line="271"/>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jsonvaluereader.cpp" line="280"/>
        <source>an object with &quot;en&quot; and &quot;zh&quot; texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jsonvaluereader.cpp" line="293"/>
        <source>expected a text in at least one language (&quot;en&quot; or &quot;zh&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jsonvaluereader.cpp" line="305"/>
        <source>unknown field; it is kept when the profile is saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelCommand</name>
    <message>
        <location filename="../core/commands/labelcommand.cpp" line="21"/>
        <source>Print a profile&apos;s carbon label (badge), product sheet or refresh report as PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/labelcommand.cpp" line="24"/>
        <source>The profile (.clprofile.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/labelcommand.cpp" line="26"/>
        <source>Write the PDF to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/labelcommand.cpp" line="26"/>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/labelcommand.cpp" line="36"/>
        <source>missing -o OUT.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/labelcommand.cpp" line="69"/>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelCommandOptions</name>
    <message>
        <location filename="../core/commands/labelcommandoptions.cpp" line="11"/>
        <source>What to print: badge (the box label, default), sheet (A4 product sheet) or refresh (refresh-cycle report).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/labelcommandoptions.cpp" line="13"/>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/labelcommandoptions.cpp" line="15"/>
        <source>Language: en, zh or both (default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/labelcommandoptions.cpp" line="15"/>
        <source>LANG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/labelcommandoptions.cpp" line="20"/>
        <source>Badge size in millimetres, WIDTHxHEIGHT, from 40x60 to 105x148 (A6); default 60x90.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/labelcommandoptions.cpp" line="22"/>
        <source>WxH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/labelcommandoptions.cpp" line="26"/>
        <source>The date printed on the document and written as its creation date (default: $SOURCE_DATE_EPOCH if set, else today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/labelcommandoptions.cpp" line="28"/>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/labelcommandoptions.cpp" line="42"/>
        <source>--kind %1: the refresh-cycle report is not available yet in this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/labelcommandoptions.cpp" line="50"/>
        <source>--size is for badges; the %1 is always A4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelFonts</name>
    <message>
        <location filename="../core/labelfonts.cpp" line="33"/>
        <source>the label font %1 is missing; install the package fonts-wqy-microhei (scripts/install-deps.sh does) or set CARBONLABEL_LABEL_FONT to the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/labelfonts.cpp" line="42"/>
        <source>the label font %1 could not be loaded (not a font file?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelOptions</name>
    <message>
        <location filename="../core/labeloptions.cpp" line="17"/>
        <source>--kind: expected badge, sheet or refresh; got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/labeloptions.cpp" line="31"/>
        <source>--lang: expected en, zh or both; got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/labeloptions.cpp" line="42"/>
        <source>--size: expected WIDTHxHEIGHT in millimetres, e.g. 60x90; got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/labeloptions.cpp" line="51"/>
        <source>--size %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/labeloptions.cpp" line="64"/>
        <source>--date: expected a date as YYYY-MM-DD; got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/labeloptions.cpp" line="89"/>
        <source>a badge is from %1 x %2 mm up to A6, %3 x %4 mm (width x height)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelRenderer</name>
    <message>
        <location filename="../core/labelrenderer.cpp" line="29"/>
        <source>--kind refresh: the refresh-cycle report is not available yet in this version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonteCarloCommand</name>
    <message>
        <location filename="../core/commands/montecarlocommand.cpp" line="28"/>
        <source>Monte Carlo uncertainty of a profile&apos;s footprint: every number with a distribution and every factor with an uncertainty is sampled. Mean, median, P5 and P95 of the total and of each stage, and which inputs matter most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/montecarlocommand.cpp" line="32"/>
        <source>The profile (.clprofile.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/montecarlocommand.cpp" line="35"/>
        <source>Number of samples, 1 to 10,000,000 (default 10,000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/montecarlocommand.cpp" line="35"/>
        <location filename="../core/commands/montecarlocommand.cpp" line="46"/>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/montecarlocommand.cpp" line="39"/>
        <source>Seed of the random generator, 0 to 18446744073709551615 (default 42). The same seed gives the same result on every machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/montecarlocommand.cpp" line="41"/>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/montecarlocommand.cpp" line="44"/>
        <source>Worker threads, 1 to 1024 (default: all cores). The result does not depend on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/montecarlocommand.cpp" line="64"/>
        <source>--samples: expected a whole number from 1 to 10000000, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/montecarlocommand.cpp" line="74"/>
        <source>--seed: expected a whole number from 0 to 18446744073709551615, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/montecarlocommand.cpp" line="84"/>
        <source>--threads: expected a whole number from 1 to 1024, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/montecarlocommand.cpp" line="175"/>
        <source>Monte Carlo: %1 samples, seed %2; kg CO2e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/montecarlocommand.cpp" line="177"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/montecarlocommand.cpp" line="177"/>
        <source>Deterministic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/montecarlocommand.cpp" line="177"/>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/montecarlocommand.cpp" line="177"/>
        <source>Median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/montecarlocommand.cpp" line="177"/>
        <source>P5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/montecarlocommand.cpp" line="177"/>
        <source>P95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/montecarlocommand.cpp" line="182"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/montecarlocommand.cpp" line="186"/>
        <source>No number in this profile carries a distribution and no factor has an uncertainty, so every sample equals the deterministic result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/montecarlocommand.cpp" line="191"/>
        <source>Sensitivity (squared Spearman rank correlation with the total, normalised to 100 %):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/montecarlocommand.cpp" line="198"/>
        <source>rho %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileReader</name>
    <message>
        <location filename="../core/digitalservicereader.cpp" line="58"/>
        <source>expected &quot;energy&quot;, &quot;swd-v4&quot; or &quot;swd-v3&quot;, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/digitalservicereader.cpp" line="70"/>
        <source>expected true or false, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/digitalservicereader.cpp" line="78"/>
        <source>ignored: the model %1 has its own energy per GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/digitalservicereader.cpp" line="83"/>
        <source>ignored: the model %1 uses its own global grid intensity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/digitalservicereader.cpp" line="88"/>
        <source>applies only to the model swd-v4; for swd-v3 use &quot;green&quot;: true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/digitalservicereader.cpp" line="93"/>
        <source>ignored: a green host (&quot;green&quot;: true) has the factor 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/digitalservicereader.cpp" line="100"/>
        <source>ignored: applies only to the models swd-v4 and swd-v3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/digitalservicereader.cpp" line="208"/>
        <source>give either power_w (or power_w_factor), or idle_w and max_w, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/digitalservicereader.cpp" line="212"/>
        <source>required field is missing; expected power_w or power_w_factor (rated power), or idle_w and max_w (each also as *_factor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/digitalservicereader.cpp" line="266"/>
        <source>give either %1 or %2, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/digitalservicereader.cpp" line="275"/>
        <source>required field is missing; expected %1, or %2 with a factor id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/digitalservicereader.cpp" line="286"/>
        <source>more hours than a year has (%1); count parallel units in vcpus, count or tb instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/digitalservicereader.cpp" line="299"/>
        <source>expected at least %1 (%2), found %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/profilereader.cpp" line="133"/>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/profilereader.cpp" line="242"/>
        <source>expected annual_energy_kwh or a list of modes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/profilereader.cpp" line="257"/>
        <source>an array of routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/profilereader.cpp" line="278"/>
        <source>the shares add up to %1; they must add up to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/profilereader.cpp" line="308"/>
        <source>expected &quot;%1&quot;, found %2; this is not a CarbonLabel profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/profilereader.cpp" line="316"/>
        <source>expected the whole number 1, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/profilereader.cpp" line="322"/>
        <source>unsupported version %1; this program reads version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/profilereader.cpp" line="341"/>
        <source>cannot open the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/profilereader.cpp" line="357"/>
        <source>broken JSON: nested more than %1 levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/profilereader.cpp" line="368"/>
        <location filename="../core/profilereader.cpp" line="377"/>
        <source>broken JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/profilereader.cpp" line="374"/>
        <source>number out of range; expected a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/profilereader.cpp" line="382"/>
        <source>expected a profile object, found %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefreshCommand</name>
    <message>
        <location filename="../core/commands/refreshcommand.cpp" line="28"/>
        <source>Refresh cycles (DESIGN §3): the emissions of replacing the device every k years over a horizon, the best cycle, the footprint per year of keeping one device n years, and when replacing an old device now pays back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/refreshcommand.cpp" line="32"/>
        <source>The profile of the new device (.clprofile.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/refreshcommand.cpp" line="34"/>
        <source>Years to look ahead, 1 to 50 (default 12).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/refreshcommand.cpp" line="34"/>
        <source>H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/refreshcommand.cpp" line="38"/>
        <source>Cycle lengths to compare, a..b years with 1 &lt;= a &lt;= b &lt;= H (default 2..8, cut to the horizon).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/refreshcommand.cpp" line="40"/>
        <source>a..b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/refreshcommand.cpp" line="43"/>
        <source>Yearly change of a new device&apos;s embodied emissions, e.g. -0.03 for -3 % a year (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/refreshcommand.cpp" line="45"/>
        <location filename="../core/commands/refreshcommand.cpp" line="48"/>
        <location filename="../core/commands/refreshcommand.cpp" line="52"/>
        <source>r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/refreshcommand.cpp" line="48"/>
        <source>Yearly change of a new device&apos;s annual energy (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/refreshcommand.cpp" line="52"/>
        <source>Yearly change of the grid&apos;s emission factor (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/refreshcommand.cpp" line="56"/>
        <source>Annual energy of the device in use today: adds when replacing it now with the profile&apos;s device pays back (without it the payback is null).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/refreshcommand.cpp" line="58"/>
        <source>X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/refreshcommand.cpp" line="76"/>
        <source>--horizon: expected a whole number of years from 1 to 50, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/refreshcommand.cpp" line="91"/>
        <source>--cycles: expected a..b with 1 &lt;= a &lt;= b &lt;= %1 (the horizon), found &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/refreshcommand.cpp" line="112"/>
        <source>--%1: expected a yearly rate greater than -1 (e.g. -0.03 for -3 % a year), found &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/refreshcommand.cpp" line="124"/>
        <source>--old-annual-kwh: expected kWh a year, a number &gt;= 0, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/refreshcommand.cpp" line="150"/>
        <source>cannot analyse refresh cycles: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/refreshcommand.cpp" line="240"/>
        <source>Refresh cycles over a horizon of H = %1 years; kg CO2e.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/refreshcommand.cpp" line="242"/>
        <source>  New device: embodied %1 kg CO2e (%2 a year), %3 kWh a year (%4 a year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/refreshcommand.cpp" line="246"/>
        <source>  Grid: %1 kg CO2e/kWh (%2 a year)%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/refreshcommand.cpp" line="249"/>
        <source>, no use phase in the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/refreshcommand.cpp" line="254"/>
        <source>Cycle (years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/refreshcommand.cpp" line="255"/>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/refreshcommand.cpp" line="256"/>
        <source>Embodied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/refreshcommand.cpp" line="257"/>
        <source>Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/refreshcommand.cpp" line="258"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/refreshcommand.cpp" line="259"/>
        <location filename="../core/commands/refreshcommand.cpp" line="292"/>
        <source>Per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/refreshcommand.cpp" line="272"/>
        <source>  * best cycle: replace every %1 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/refreshcommand.cpp" line="273"/>
        <source>  The last device&apos;s embodied emissions count for the share of its years inside the horizon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/refreshcommand.cpp" line="277"/>
        <source>Cumulative emissions at the end of each year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/refreshcommand.cpp" line="278"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/refreshcommand.cpp" line="280"/>
        <source>k=%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/refreshcommand.cpp" line="291"/>
        <source>Keep one device n years: its footprint per year of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/refreshcommand.cpp" line="292"/>
        <source>Years (n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/refreshcommand.cpp" line="299"/>
        <source>Replace now: give --old-annual-kwh to compare with the device in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/refreshcommand.cpp" line="304"/>
        <source>Replace now: the old device uses %1 kWh a year, the new one %2 kWh (saves %3 kWh a year) and costs %4 kg CO2e to make.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/refreshcommand.cpp" line="311"/>
        <source>  Pays back in year %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/refreshcommand.cpp" line="313"/>
        <source>  Never pays back within %1 years.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefreshReportRenderer</name>
    <message>
        <location filename="../core/refreshreportrenderer.cpp" line="551"/>
        <source>the profile has errors; run carbonlabel-cli validate on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/refreshreportrenderer.cpp" line="557"/>
        <source>cannot analyse refresh cycles: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/refreshreportrenderer.cpp" line="590"/>
        <source>cannot start a PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveFile</name>
    <message>
        <location filename="../core/savefile.cpp" line="13"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/savefile.cpp" line="18"/>
        <source>it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/savefile.cpp" line="20"/>
        <source>the folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetRenderer</name>
    <message>
        <location filename="../core/sheetrenderer.cpp" line="68"/>
        <location filename="../core/sheetrenderer.cpp" line="88"/>
        <source>the profile has errors; run carbonlabel-cli validate on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sheetrenderer.cpp" line="117"/>
        <source>cannot start a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sheetrenderer.cpp" line="124"/>
        <source>cannot add a page to the PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageNames</name>
    <message>
        <location filename="../core/stagenames.cpp" line="48"/>
        <source>Materials &amp; manufacturing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/stagenames.cpp" line="50"/>
        <source>Distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/stagenames.cpp" line="52"/>
        <source>Use (device)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/stagenames.cpp" line="54"/>
        <source>Use (digital service)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/stagenames.cpp" line="56"/>
        <source>End of life</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SwdCommand</name>
    <message>
        <location filename="../core/commands/swdcommand.cpp" line="71"/>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/swdcommand.cpp" line="72"/>
        <source>Bytes transferred (1 GB = 10^9 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/swdcommand.cpp" line="74"/>
        <source>swd-v4 (default) or swd-v3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/swdcommand.cpp" line="76"/>
        <source>The host is verified green.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/swdcommand.cpp" line="78"/>
        <source>Per page visit, with the visit ratios (default: per byte).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/swdcommand.cpp" line="80"/>
        <source>Print JSON with the keys of CO2.js&apos;s segmented result, in grams CO2e.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/swdcommand.cpp" line="83"/>
        <source>Evaluate many cases (needs --json): FILE, or - for standard input, holds one JSON object per line with the keys bytes, model, green, per-visit and those of the options above without their dashes (e.g. {&quot;bytes&quot;: 1e6, &quot;model&quot;: &quot;swd-v3&quot;, &quot;grid-network&quot;: 300}). Prints one JSON line per case, {&quot;error&quot;: ...} for a bad one (exit 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/swdcommand.cpp" line="124"/>
        <source>swd-v4: share 0..1 of the data centre&apos;s operational emissions that is green.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/swdcommand.cpp" line="126"/>
        <source>Data-centre grid intensity, gCO2e/kWh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/swdcommand.cpp" line="128"/>
        <source>Network grid intensity, gCO2e/kWh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/swdcommand.cpp" line="130"/>
        <source>User-device grid intensity, gCO2e/kWh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/swdcommand.cpp" line="132"/>
        <source>Per visit: share 0..1 of first visits (v3 0.75, v4 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/swdcommand.cpp" line="134"/>
        <source>Per visit: share 0..1 of return visits (v3 0.25, v4 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/swdcommand.cpp" line="136"/>
        <source>Per visit: share 0..1 of the data reloaded on a return visit (v3 0.02, v4 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/swdcommand.cpp" line="154"/>
        <source>%1 must be a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/swdcommand.cpp" line="156"/>
        <source>%1 must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/swdcommand.cpp" line="158"/>
        <source>%1 must be between 0 and 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/swdcommand.cpp" line="161"/>
        <source>%1 applies only to the swd-v4 model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/swdcommand.cpp" line="162"/>
        <source>%1 applies only with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/swdcommand.cpp" line="182"/>
        <source>--bytes is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/swdcommand.cpp" line="186"/>
        <source>--bytes: &quot;%1&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/swdcommand.cpp" line="193"/>
        <source>--model: unknown model &quot;%1&quot; (expected swd-v4 or swd-v3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/swdcommand.cpp" line="206"/>
        <source>--%1: &quot;%2&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/swdcommand.cpp" line="217"/>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/swdcommand.cpp" line="224"/>
        <source>bytes must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/swdcommand.cpp" line="232"/>
        <source>model must be &quot;swd-v4&quot; or &quot;swd-v3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/swdcommand.cpp" line="236"/>
        <source>%1 must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/swdcommand.cpp" line="245"/>
        <source>unknown key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/swdcommand.cpp" line="247"/>
        <source>%1 must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/swdcommand.cpp" line="252"/>
        <source>bytes is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/swdcommand.cpp" line="277"/>
        <source>per visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/swdcommand.cpp" line="277"/>
        <source>per byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/swdcommand.cpp" line="278"/>
        <source>Sustainable Web Design (%1, %2), %3 bytes, as CO2.js 0.19.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/swdcommand.cpp" line="282"/>
        <location filename="../core/commands/swdcommand.cpp" line="285"/>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/swdcommand.cpp" line="285"/>
        <source>g CO2e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/swdcommand.cpp" line="292"/>
        <source>Green hosting lowers the total only; as in CO2.js, the data-centre segments above are shown without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/swdcommand.cpp" line="310"/>
        <source>--cases: cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/swdcommand.cpp" line="322"/>
        <source>not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/swdcommand.cpp" line="343"/>
        <source>Sustainable Web Design estimate for a data transfer, in grams CO2e, identical segment by segment to CO2.js 0.19.0 (@tgwf/co2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/swdcommand.cpp" line="360"/>
        <source>Usage: carbonlabel-cli swd --bytes N [options] [--json]
       carbonlabel-cli swd --cases FILE --json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/swdcommand.cpp" line="368"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/swdcommand.cpp" line="373"/>
        <source>--cases cannot be combined with --%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/swdcommand.cpp" line="376"/>
        <source>--cases needs --json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/swdcommand.cpp" line="405"/>
        <source>unexpected error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/swdcommand.cpp" line="409"/>
        <source>unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message>
        <location filename="../core/commands/validatecommand.cpp" line="18"/>
        <source>Check a profile against the format and the factor database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/validatecommand.cpp" line="19"/>
        <source>The profile (.clprofile.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/validatecommand.cpp" line="36"/>
        <source>%1: valid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhereCommand</name>
    <message>
        <location filename="../core/commands/wherecommand.cpp" line="22"/>
        <source>Evaluate the data-centre and AI parts of a profile on other electricity grids, ranked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/wherecommand.cpp" line="25"/>
        <source>The profile (.clprofile.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/wherecommand.cpp" line="28"/>
        <source>Compare these grid factors (comma-separated ids); default: every grid_electricity factor with a region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/wherecommand.cpp" line="30"/>
        <source>ID,ID,...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/wherecommand.cpp" line="56"/>
        <source>expected one or more grid factor ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/wherecommand.cpp" line="143"/>
        <source>Data-centre and AI parts moved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/wherecommand.cpp" line="145"/>
        <source>Baseline on the profile&apos;s own grid (%1): %2 kg CO2e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/wherecommand.cpp" line="150"/>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/wherecommand.cpp" line="151"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/wherecommand.cpp" line="152"/>
        <source>kg CO2e/kWh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/wherecommand.cpp" line="153"/>
        <source>kg CO2e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/wherecommand.cpp" line="154"/>
        <source>Saving kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/wherecommand.cpp" line="155"/>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/wherecommand.cpp" line="173"/>
        <source>* CO2 only / 仅CO2: the grid factor counts CO2 alone, not other greenhouse gases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/wherecommand.cpp" line="181"/>
        <source>Warnings:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhereRunAnalysis</name>
    <message>
        <location filename="../core/whererunanalysis.cpp" line="123"/>
        <source>no data-centre or AI part to move; expected data_center, ai, compute, accelerators or storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/whererunanalysis.cpp" line="127"/>
        <source>no grid to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/whererunanalysis.cpp" line="137"/>
        <source>unknown grid factor &quot;%1&quot;; list grids with: carbonlabel-cli factors search grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/whererunanalysis.cpp" line="145"/>
        <source>factor &quot;%1&quot; is in %2; expected a grid factor in kgCO2e/kWh</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carbonlabel::BatchExportDialog</name>
    <message>
        <location filename="../ui/batchexportdialog.cpp" line="42"/>
        <source>Add profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/batchexportdialog.cpp" line="43"/>
        <source>CarbonLabel profiles (*.clprofile.json *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/batchexportdialog.cpp" line="48"/>
        <location filename="../ui/batchexportdialog.cpp" line="91"/>
        <source>Output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/batchexportdialog.cpp" line="86"/>
        <source>Batch export labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/batchexportdialog.cpp" line="87"/>
        <source>One PDF per profile, with the kind, language and size chosen in the label preview. A profile with problems is reported and skipped; the others are still written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/batchexportdialog.cpp" line="89"/>
        <source>Add profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/batchexportdialog.cpp" line="90"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/batchexportdialog.cpp" line="92"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/batchexportdialog.cpp" line="95"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/batchexportdialog.cpp" line="128"/>
        <source>Add at least one profile and choose an output folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/batchexportdialog.cpp" line="133"/>
        <source>Writing labels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/batchexportdialog.cpp" line="133"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/batchexportdialog.cpp" line="143"/>
        <source>Writing %1 (%2 of %3)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/batchexportdialog.cpp" line="155"/>
        <source>%1 written, %2 skipped because of problems.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carbonlabel::ContributionsModel</name>
    <message>
        <location filename="../core/contributionsmodel.cpp" line="72"/>
        <source>Packaging: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/contributionsmodel.cpp" line="75"/>
        <source>Assembly energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/contributionsmodel.cpp" line="77"/>
        <source>Transport: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/contributionsmodel.cpp" line="79"/>
        <source>Annual energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/contributionsmodel.cpp" line="83"/>
        <source>Use: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/contributionsmodel.cpp" line="83"/>
        <source>mode %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/contributionsmodel.cpp" line="86"/>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/contributionsmodel.cpp" line="88"/>
        <source>Data centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/contributionsmodel.cpp" line="90"/>
        <source>AI inference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/contributionsmodel.cpp" line="92"/>
        <source>AI training (amortised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/contributionsmodel.cpp" line="95"/>
        <source>End of life: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carbonlabel::CsvReader</name>
    <message>
        <location filename="../core/csvreader.cpp" line="75"/>
        <source>a quote inside an unquoted field (quote the whole field and double the quote)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/csvreader.cpp" line="91"/>
        <source>the quote opened here is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/csvreader.cpp" line="113"/>
        <source>unexpected character after a closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/csvreader.cpp" line="140"/>
        <source>the field is not valid UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/csvreader.cpp" line="170"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carbonlabel::DigitalServicePage</name>
    <message>
        <location filename="../ui/digitalservicepage.cpp" line="23"/>
        <source>Network transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/digitalservicepage.cpp" line="24"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/digitalservicepage.cpp" line="24"/>
        <source>GB per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/digitalservicepage.cpp" line="25"/>
        <source>Energy intensity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/digitalservicepage.cpp" line="25"/>
        <source>kWh per GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/digitalservicepage.cpp" line="26"/>
        <location filename="../ui/digitalservicepage.cpp" line="35"/>
        <location filename="../ui/digitalservicepage.cpp" line="42"/>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/digitalservicepage.cpp" line="27"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/digitalservicepage.cpp" line="28"/>
        <source>Empty or “energy”: energy × grid; “swd-v4” or “swd-v3”: the Sustainable Web Design model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/digitalservicepage.cpp" line="31"/>
        <source>Data centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/digitalservicepage.cpp" line="32"/>
        <source>IT energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/digitalservicepage.cpp" line="32"/>
        <source>kWh per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/digitalservicepage.cpp" line="33"/>
        <location filename="../ui/digitalservicepage.cpp" line="41"/>
        <source>PUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/digitalservicepage.cpp" line="33"/>
        <location filename="../ui/digitalservicepage.cpp" line="41"/>
        <source>≥ 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/digitalservicepage.cpp" line="34"/>
        <source>Power usage effectiveness: facility energy over IT energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/digitalservicepage.cpp" line="38"/>
        <source>AI inference and training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/digitalservicepage.cpp" line="39"/>
        <source>Queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/digitalservicepage.cpp" line="39"/>
        <source>per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/digitalservicepage.cpp" line="40"/>
        <source>Energy per query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/digitalservicepage.cpp" line="40"/>
        <source>Wh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/digitalservicepage.cpp" line="43"/>
        <source>Training energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/digitalservicepage.cpp" line="43"/>
        <source>MWh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/digitalservicepage.cpp" line="44"/>
        <source>Leave empty to count inference only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/digitalservicepage.cpp" line="45"/>
        <source>Training grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/digitalservicepage.cpp" line="47"/>
        <source>Training shared by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/digitalservicepage.cpp" line="47"/>
        <source>queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/digitalservicepage.cpp" line="48"/>
        <source>All the queries the trained model will answer; this service bears its share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/digitalservicepage.cpp" line="50"/>
        <source>Each part counts for every year of the product&apos;s lifetime. Switch a part on with its check box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/digitalservicepage.cpp" line="70"/>
        <source>Digital service</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carbonlabel::DistributionPage</name>
    <message>
        <location filename="../ui/distributionpage.cpp" line="15"/>
        <source>Each leg carries the product and its packaging over a distance by one transport mode (a factor in kgCO2e/tkm). Leave the mass empty to carry the product and packaging mass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/distributionpage.cpp" line="17"/>
        <source>No transport legs. Add the sea, air, rail or road legs with “+ Add line”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/distributionpage.cpp" line="28"/>
        <source>Distribution</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carbonlabel::EndOfLifePage</name>
    <message>
        <location filename="../ui/endoflifepage.cpp" line="16"/>
        <source>End of life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endoflifepage.cpp" line="18"/>
        <source>The product mass is treated by these routes; their shares must add up to 1. Recycling credits are reported apart, never subtracted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endoflifepage.cpp" line="20"/>
        <source>No routes. Add recycling, incineration or landfill with “+ Add line”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endoflifepage.cpp" line="22"/>
        <source>Carbon offsets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endoflifepage.cpp" line="25"/>
        <source>Offsets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endoflifepage.cpp" line="25"/>
        <source>kg CO2e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endoflifepage.cpp" line="26"/>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endoflifepage.cpp" line="27"/>
        <source>e.g. Gold Standard, Verra VCS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endoflifepage.cpp" line="28"/>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endoflifepage.cpp" line="29"/>
        <source>The retirement certificate&apos;s number or link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endoflifepage.cpp" line="32"/>
        <source>Offsets never change the footprint. The “carbon neutral” mark appears only when offsets with a named standard and certificate cover the whole total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endoflifepage.cpp" line="47"/>
        <source>End of life &amp; offsets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carbonlabel::FactorBrowser</name>
    <message>
        <location filename="../ui/factorbrowser.cpp" line="33"/>
        <source>Materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/factorbrowser.cpp" line="34"/>
        <source>Electronic components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/factorbrowser.cpp" line="35"/>
        <source>Packaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/factorbrowser.cpp" line="36"/>
        <source>Grid electricity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/factorbrowser.cpp" line="37"/>
        <source>Manufacturing energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/factorbrowser.cpp" line="38"/>
        <source>Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/factorbrowser.cpp" line="39"/>
        <source>End of life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/factorbrowser.cpp" line="40"/>
        <source>Network transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/factorbrowser.cpp" line="41"/>
        <source>Data centres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/factorbrowser.cpp" line="42"/>
        <source>Cloud compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/factorbrowser.cpp" line="43"/>
        <source>Cloud storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/factorbrowser.cpp" line="44"/>
        <source>Accelerators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/factorbrowser.cpp" line="45"/>
        <source>Reference results</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/factorbrowser.cpp" line="107"/>
        <location filename="../ui/factorbrowser.cpp" line="177"/>
        <source>%n factor(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/factorbrowser.cpp" line="168"/>
        <source>Search factors, e.g. aluminium, 电网, ship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/factorbrowser.cpp" line="169"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/factorbrowser.cpp" line="170"/>
        <source>Add a factor of your own to the user layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/factorbrowser.cpp" line="171"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/factorbrowser.cpp" line="172"/>
        <source>Edit the selected factor; a shipped factor is overridden by a user copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/factorbrowser.cpp" line="173"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/factorbrowser.cpp" line="174"/>
        <source>Remove the selected user factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/factorbrowser.cpp" line="175"/>
        <source>Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/factorbrowser.cpp" line="176"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/factorbrowser.cpp" line="192"/>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/factorbrowser.cpp" line="196"/>
        <source>All regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/factorbrowser.cpp" line="219"/>
        <source>Select a factor to see where it comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/factorbrowser.cpp" line="220"/>
        <source>No factor matches “%1”. Try fewer or other words, in English or Chinese.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/factorbrowser.cpp" line="232"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/factorbrowser.cpp" line="233"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/factorbrowser.cpp" line="234"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/factorbrowser.cpp" line="235"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/factorbrowser.cpp" line="236"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/factorbrowser.cpp" line="237"/>
        <source>Uncertainty (GSD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/factorbrowser.cpp" line="238"/>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/factorbrowser.cpp" line="238"/>
        <source>your own factor (user layer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/factorbrowser.cpp" line="239"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/factorbrowser.cpp" line="268"/>
        <location filename="../ui/factorbrowser.cpp" line="273"/>
        <source>Remove factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/factorbrowser.cpp" line="268"/>
        <source>Remove your factor “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/factorbrowser.cpp" line="278"/>
        <location filename="../ui/factorbrowser.cpp" line="285"/>
        <location filename="../ui/factorbrowser.cpp" line="292"/>
        <source>Import factors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/factorbrowser.cpp" line="279"/>
        <source>Factor tables (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/factorbrowser.cpp" line="286"/>
        <source>Nothing was imported: the file has %n problem(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/factorbrowser.cpp" line="292"/>
        <source>Imported %n factor(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/factorbrowser.cpp" line="297"/>
        <source>Export your factors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/factorbrowser.cpp" line="298"/>
        <source>Factor tables (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/factorbrowser.cpp" line="303"/>
        <source>Export factors</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carbonlabel::FactorCsv</name>
    <message>
        <location filename="../core/factorcsv.cpp" line="64"/>
        <source>row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/factorcsv.cpp" line="66"/>
        <source>column &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/factorcsv.cpp" line="69"/>
        <location filename="../core/factorcsv.cpp" line="70"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/factorcsv.cpp" line="92"/>
        <source>the id is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/factorcsv.cpp" line="94"/>
        <source>&quot;%1&quot; is not a valid id (use only a-z, 0-9 and _)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/factorcsv.cpp" line="96"/>
        <source>the value must be a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/factorcsv.cpp" line="98"/>
        <source>the unit is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/factorcsv.cpp" line="102"/>
        <source>%1: a geometric standard deviation must be at least 1 (leave it empty when unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/factorcsv.cpp" line="120"/>
        <source>character %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/factorcsv.cpp" line="129"/>
        <source>the file is empty; it needs a header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/factorcsv.cpp" line="141"/>
        <source>unknown column (expected some of: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/factorcsv.cpp" line="143"/>
        <source>the column appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/factorcsv.cpp" line="149"/>
        <source>the required column is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/factorcsv.cpp" line="161"/>
        <source>the row has %1 fields but the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/factorcsv.cpp" line="189"/>
        <source>the value is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/factorcsv.cpp" line="190"/>
        <location filename="../core/factorcsv.cpp" line="205"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/factorcsv.cpp" line="197"/>
        <source>&quot;%1&quot; is not a whole year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/factorcsv.cpp" line="211"/>
        <source>0: a geometric standard deviation must be at least 1 (leave it empty when unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/factorcsv.cpp" line="223"/>
        <source>the id &quot;%1&quot; is already used on row %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carbonlabel::FactorDatabase</name>
    <message>
        <location filename="../core/factordatabase.cpp" line="44"/>
        <source>The dataset version is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/factordatabase.cpp" line="47"/>
        <location filename="../core/factordatabase.cpp" line="166"/>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/factordatabase.cpp" line="52"/>
        <source>Cannot create a file beside %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/factordatabase.cpp" line="81"/>
        <source>factor %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/factordatabase.cpp" line="88"/>
        <source>Cannot build %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/factordatabase.cpp" line="99"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/factordatabase.cpp" line="139"/>
        <source>The factor database %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/factordatabase.cpp" line="143"/>
        <source>The factor database %1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/factordatabase.cpp" line="147"/>
        <source>The factor database %1 is an empty file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/factordatabase.cpp" line="152"/>
        <source>The user factors cannot be kept in the shipped database %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/factordatabase.cpp" line="176"/>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/factordatabase.cpp" line="336"/>
        <source>Cannot save the user factors in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/factordatabase.cpp" line="355"/>
        <location filename="../core/factordatabase.cpp" line="406"/>
        <source>The factor database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/factordatabase.cpp" line="366"/>
        <source>There is no user factor &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/factordatabase.cpp" line="380"/>
        <source>Cannot remove the user factor &quot;%1&quot; from %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/factordatabase.cpp" line="408"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carbonlabel::FactorDbTool</name>
    <message>
        <location filename="../app/factordb/main.cpp" line="31"/>
        <source>usage: carbonlabel-factordb FACTORS.csv OUT.sqlite DATASET_VERSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/factordb/main.cpp" line="46"/>
        <source>column &quot;%1&quot;: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/factordb/main.cpp" line="58"/>
        <source>factors: %1 rows, dataset %2 -&gt; %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carbonlabel::FactorDialog</name>
    <message>
        <location filename="../ui/factordialog.cpp" line="112"/>
        <source>New factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/factordialog.cpp" line="112"/>
        <source>Edit factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/factordialog.cpp" line="113"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/factordialog.cpp" line="114"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/factordialog.cpp" line="114"/>
        <source>Name (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/factordialog.cpp" line="115"/>
        <source>Name (Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/factordialog.cpp" line="115"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/factordialog.cpp" line="116"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/factordialog.cpp" line="116"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/factordialog.cpp" line="117"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/factordialog.cpp" line="117"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/factordialog.cpp" line="118"/>
        <source>Source detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/factordialog.cpp" line="119"/>
        <source>Uncertainty (GSD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/factordialog.cpp" line="119"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/factordialog.cpp" line="122"/>
        <source>Letters, digits and underscores; start your own with user_</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/factordialog.cpp" line="123"/>
        <source>Emitted mass per unit, e.g. kgCO2e/kg, kgCO2e/kWh, kgCO2e/tkm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/factordialog.cpp" line="124"/>
        <source>optional, ≥ 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/factordialog.cpp" line="125"/>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/factordialog.cpp" line="127"/>
        <source>This factor is shipped with the program. Saving keeps your version in the user layer, where it overrides the shipped one; removing yours brings the shipped one back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/factordialog.cpp" line="167"/>
        <source>expected a year such as 2024</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/factordialog.cpp" line="169"/>
        <source>expected a number of at least 1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carbonlabel::FactorEdit</name>
    <message>
        <location filename="../ui/factoredit.cpp" line="62"/>
        <source>Search in English or Chinese…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/factoredit.cpp" line="63"/>
        <source>Use current value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/factoredit.cpp" line="64"/>
        <source>Record the database&apos;s current value in this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/factoredit.cpp" line="81"/>
        <source>%1 — changed: this profile recorded %2 %3 (dataset %4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carbonlabel::FactorStore</name>
    <message>
        <location filename="../core/factorstore.cpp" line="110"/>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/factorstore.cpp" line="120"/>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/factorstore.cpp" line="174"/>
        <source>%1 is not a readable SQLite database (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/factorstore.cpp" line="176"/>
        <source>%1 is not a CarbonLabel factor database: its tables are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/factorstore.cpp" line="184"/>
        <source>%1 is not a CarbonLabel factor database: it has no schema version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/factorstore.cpp" line="186"/>
        <source>%1 has schema version %2; this program reads version %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/factorstore.cpp" line="192"/>
        <source>%1 is not a CarbonLabel factor database: it has no dataset version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/factorstore.cpp" line="198"/>
        <source>%1 is damaged: the file is shorter than its header says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/factorstore.cpp" line="202"/>
        <source>%1 is damaged (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/factorstore.cpp" line="206"/>
        <source>%1 is damaged: it should hold %2 factors but holds %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/factorstore.cpp" line="325"/>
        <source>cannot store factor %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/factorstore.cpp" line="337"/>
        <source>cannot index factor %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/factorstore.cpp" line="347"/>
        <location filename="../core/factorstore.cpp" line="351"/>
        <source>cannot remove factor %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carbonlabel::FieldNames</name>
    <message>
        <location filename="../core/fieldnames.cpp" line="18"/>
        <source>product ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fieldnames.cpp" line="19"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fieldnames.cpp" line="20"/>
        <source>category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fieldnames.cpp" line="21"/>
        <source>lifetime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fieldnames.cpp" line="22"/>
        <source>mass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fieldnames.cpp" line="23"/>
        <source>functional unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fieldnames.cpp" line="24"/>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fieldnames.cpp" line="25"/>
        <source>part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fieldnames.cpp" line="26"/>
        <source>emission factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fieldnames.cpp" line="27"/>
        <source>quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fieldnames.cpp" line="28"/>
        <source>unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fieldnames.cpp" line="30"/>
        <source>assembly energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fieldnames.cpp" line="31"/>
        <source>electricity grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fieldnames.cpp" line="32"/>
        <source>yield loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fieldnames.cpp" line="33"/>
        <source>transport mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fieldnames.cpp" line="34"/>
        <source>distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fieldnames.cpp" line="35"/>
        <source>annual energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fieldnames.cpp" line="36"/>
        <source>power modes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fieldnames.cpp" line="37"/>
        <source>power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fieldnames.cpp" line="38"/>
        <source>hours per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fieldnames.cpp" line="39"/>
        <source>days per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fieldnames.cpp" line="40"/>
        <source>data per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fieldnames.cpp" line="41"/>
        <source>energy per GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fieldnames.cpp" line="42"/>
        <source>model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fieldnames.cpp" line="44"/>
        <source>green hosting share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fieldnames.cpp" line="45"/>
        <source>energy per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fieldnames.cpp" line="46"/>
        <source>PUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fieldnames.cpp" line="47"/>
        <source>queries per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fieldnames.cpp" line="48"/>
        <source>energy per query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fieldnames.cpp" line="49"/>
        <source>training energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fieldnames.cpp" line="50"/>
        <source>training grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fieldnames.cpp" line="52"/>
        <source>queries sharing the training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fieldnames.cpp" line="53"/>
        <source>routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fieldnames.cpp" line="54"/>
        <source>share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fieldnames.cpp" line="55"/>
        <source>offsets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fieldnames.cpp" line="56"/>
        <source>standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fieldnames.cpp" line="57"/>
        <source>certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fieldnames.cpp" line="58"/>
        <source>minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fieldnames.cpp" line="59"/>
        <source>maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fieldnames.cpp" line="60"/>
        <source>geometric standard deviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fieldnames.cpp" line="61"/>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carbonlabel::FootprintPanel</name>
    <message>
        <location filename="../ui/footprintpanel.cpp" line="185"/>
        <source>Carbon footprint, cradle to grave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/footprintpanel.cpp" line="186"/>
        <source>kg CO2e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/footprintpanel.cpp" line="187"/>
        <source>Lifecycle stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/footprintpanel.cpp" line="188"/>
        <source>Largest contributors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/footprintpanel.cpp" line="200"/>
        <source>Unnamed product</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/footprintpanel.cpp" line="214"/>
        <source>Not up to date: %n problem(s) in the profile. Fix the marked fields to see the footprint again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/footprintpanel.cpp" line="215"/>
        <source>%n problem(s) in the profile. Fix the marked fields to see the footprint.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/footprintpanel.cpp" line="222"/>
        <source>Offsets: %1 kg CO2e, shown beside the total, never subtracted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/footprintpanel.cpp" line="224"/>
        <source>Carbon neutral: certified offsets cover the whole footprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/footprintpanel.cpp" line="227"/>
        <source>Recycling credits: %1 kg CO2e, reported apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/footprintpanel.cpp" line="237"/>
        <source>No problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/footprintpanel.cpp" line="238"/>
        <source>Problems (%1 errors, %2 warnings)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carbonlabel::LabelPreview</name>
    <message>
        <location filename="../ui/labelpreview.cpp" line="149"/>
        <source>Badge (box label)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labelpreview.cpp" line="151"/>
        <source>Product sheet (A4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labelpreview.cpp" line="153"/>
        <source>Chinese and English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labelpreview.cpp" line="154"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labelpreview.cpp" line="155"/>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labelpreview.cpp" line="158"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labelpreview.cpp" line="159"/>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labelpreview.cpp" line="160"/>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labelpreview.cpp" line="161"/>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labelpreview.cpp" line="222"/>
        <source>The label appears when the profile has no problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labelpreview.cpp" line="243"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labelpreview.cpp" line="286"/>
        <source>The profile has problems; fix them before exporting a label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labelpreview.cpp" line="300"/>
        <location filename="../ui/labelpreview.cpp" line="306"/>
        <source>Export label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labelpreview.cpp" line="301"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carbonlabel::ListEditor</name>
    <message>
        <location filename="../ui/listeditor.cpp" line="144"/>
        <source>+ Add line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/listeditor.cpp" line="145"/>
        <source>Add a line below the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/listeditor.cpp" line="146"/>
        <source>− Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/listeditor.cpp" line="147"/>
        <source>Remove the selected line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/listeditor.cpp" line="148"/>
        <source>▲</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/listeditor.cpp" line="149"/>
        <source>Move the selected line up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/listeditor.cpp" line="150"/>
        <source>▼</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/listeditor.cpp" line="151"/>
        <source>Move the selected line down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carbonlabel::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="98"/>
        <source>Autosave failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="219"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="220"/>
        <source>New from &amp;example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="221"/>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="222"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="223"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="224"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="225"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="226"/>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="227"/>
        <source>Start a new, empty profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="228"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="229"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="230"/>
        <source>Save &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="231"/>
        <source>&amp;Export label…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="232"/>
        <source>&amp;Batch export labels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="233"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="234"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="235"/>
        <source>&amp;About CarbonLabel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="236"/>
        <source>Emission factors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="237"/>
        <source>Emission &amp;factors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="238"/>
        <source>Footprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="239"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="253"/>
        <source>%1[*] — CarbonLabel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="260"/>
        <source>Computed in %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="261"/>
        <source>Factor dataset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="262"/>
        <source>No factor database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="290"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="291"/>
        <source>“%1” has changes that are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="294"/>
        <source>Save them before closing the profile?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="321"/>
        <source>New from example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="324"/>
        <source>New profile from the example %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="333"/>
        <location filename="../ui/mainwindow.cpp" line="347"/>
        <source>Open profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="335"/>
        <source>CarbonLabel profiles (*.clprofile.json);;JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="354"/>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="355"/>
        <source>Opened %1 with %n problem(s), marked in the editor</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="377"/>
        <location filename="../ui/mainwindow.cpp" line="390"/>
        <source>Save profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="378"/>
        <source>CarbonLabel profiles (*.clprofile.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="396"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="397"/>
        <source>Saved %1; it still has %n problem(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="407"/>
        <location filename="../ui/mainwindow.cpp" line="427"/>
        <source>Recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="413"/>
        <source>Recovered the unsaved changes of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="420"/>
        <source>an untitled profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="421"/>
        <source>Recover unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="422"/>
        <source>CarbonLabel did not close properly. Unsaved changes to %1 were kept at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="426"/>
        <source>Recover them now? Otherwise they are deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="428"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="462"/>
        <source>About CarbonLabel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="463"/>
        <source>&lt;h3&gt;CarbonLabel 碳标签 %1&lt;/h3&gt;&lt;p&gt;Carbon footprints and carbon-transparency labels for ICT products and digital services, computed cradle to grave as ISO 14067 and GB/T 24067 describe.&lt;/p&gt;&lt;p&gt;Factor dataset %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="479"/>
        <source>No recent profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="483"/>
        <source>Clear the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="499"/>
        <source>No examples installed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carbonlabel::ManufacturingPage</name>
    <message>
        <location filename="../ui/manufacturingpage.cpp" line="16"/>
        <source>Manufacturing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/manufacturingpage.cpp" line="19"/>
        <source>Assembly energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/manufacturingpage.cpp" line="20"/>
        <source>kWh per product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/manufacturingpage.cpp" line="21"/>
        <source>Factory grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/manufacturingpage.cpp" line="22"/>
        <source>Yield loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/manufacturingpage.cpp" line="23"/>
        <source>fraction, e.g. 0.03</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/manufacturingpage.cpp" line="24"/>
        <source>The materials are counted (1 + yield loss) times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/manufacturingpage.cpp" line="30"/>
        <source>No packaging. Add the box, trays and bags with “+ Add line”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/manufacturingpage.cpp" line="41"/>
        <source>Packaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/manufacturingpage.cpp" line="51"/>
        <source>Manufacturing &amp; packaging</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carbonlabel::MaterialsPage</name>
    <message>
        <location filename="../ui/materialspage.cpp" line="15"/>
        <source>Each line is a part: a quantity of what an emission factor describes. Type in the factor column to search the database in English or Chinese; the unit list offers the units that convert to the factor&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/materialspage.cpp" line="17"/>
        <source>No materials yet. Add the parts of the product with “+ Add line”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/materialspage.cpp" line="28"/>
        <source>Materials</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carbonlabel::ProductPage</name>
    <message>
        <location filename="../ui/productpage.cpp" line="19"/>
        <source>Name (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productpage.cpp" line="20"/>
        <source>Name (Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productpage.cpp" line="21"/>
        <source>Product ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productpage.cpp" line="22"/>
        <source>A short identifier, e.g. a model number; printed on no label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productpage.cpp" line="23"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productpage.cpp" line="24"/>
        <source>e.g. laptop, smartphone, peripheral, server, digital service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productpage.cpp" line="25"/>
        <source>Lifetime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productpage.cpp" line="25"/>
        <source>years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productpage.cpp" line="26"/>
        <source>How long the product is used; the use phase counts this many years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productpage.cpp" line="27"/>
        <source>Mass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productpage.cpp" line="27"/>
        <source>kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productpage.cpp" line="28"/>
        <source>Leave empty to use the sum of the materials given in mass units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productpage.cpp" line="29"/>
        <source>Functional unit (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productpage.cpp" line="30"/>
        <source>Functional unit (Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productpage.cpp" line="31"/>
        <source>Description (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productpage.cpp" line="32"/>
        <source>Say here which numbers are assumptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productpage.cpp" line="33"/>
        <source>Description (Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productpage.cpp" line="37"/>
        <source>Both names are printed on bilingual labels. A field with a red outline has a problem; point at it to read what is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productpage.cpp" line="49"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carbonlabel::ProfileDelegate</name>
    <message>
        <location filename="../ui/profiledelegate.cpp" line="58"/>
        <source>Search in English or Chinese…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carbonlabel::ProfileDocument</name>
    <message>
        <location filename="../core/profiledocument.cpp" line="108"/>
        <source>New product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/profiledocument.cpp" line="121"/>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/profiledocument.cpp" line="134"/>
        <source>%1 is not a profile this program can open: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/profiledocument.cpp" line="135"/>
        <source>The file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/profiledocument.cpp" line="261"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/profiledocument.cpp" line="421"/>
        <source>Move row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/profiledocument.cpp" line="496"/>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/profiledocument.cpp" line="496"/>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carbonlabel::ProfileEditor</name>
    <message numerus="yes">
        <location filename="../ui/profileeditor.cpp" line="84"/>
        <source>%n problem(s) on this page</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>carbonlabel::ProfileListModel</name>
    <message>
        <location filename="../core/profilelistmodel.cpp" line="61"/>
        <source>Part (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/profilelistmodel.cpp" line="63"/>
        <source>Part (Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/profilelistmodel.cpp" line="65"/>
        <source>Emission factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/profilelistmodel.cpp" line="67"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/profilelistmodel.cpp" line="69"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/profilelistmodel.cpp" line="70"/>
        <location filename="../core/profilelistmodel.cpp" line="79"/>
        <location filename="../core/profilelistmodel.cpp" line="89"/>
        <location filename="../core/profilelistmodel.cpp" line="96"/>
        <source>kg CO2e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/profilelistmodel.cpp" line="73"/>
        <source>Transport mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/profilelistmodel.cpp" line="75"/>
        <source>Distance (km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/profilelistmodel.cpp" line="77"/>
        <source>Mass carried (kg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/profilelistmodel.cpp" line="82"/>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/profilelistmodel.cpp" line="83"/>
        <source>Power (W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/profilelistmodel.cpp" line="85"/>
        <source>Hours per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/profilelistmodel.cpp" line="87"/>
        <source>Days per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/profilelistmodel.cpp" line="92"/>
        <source>Treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/profilelistmodel.cpp" line="94"/>
        <source>Share (0–1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carbonlabel::RowCommand</name>
    <message>
        <location filename="../core/rowcommand.cpp" line="17"/>
        <source>Add row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rowcommand.cpp" line="18"/>
        <source>Remove row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carbonlabel::SetFieldCommand</name>
    <message>
        <location filename="../core/setfieldcommand.cpp" line="39"/>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carbonlabel::SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="107"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="108"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="109"/>
        <source>Default label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="110"/>
        <source>Never lose work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="111"/>
        <location filename="../ui/settingsdialog.cpp" line="115"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="112"/>
        <source>Default grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="113"/>
        <source>The electricity grid new profiles and new sections start with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="114"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="116"/>
        <source>Badge size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="117"/>
        <source>Save a recovery copy of unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="118"/>
        <source>Every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="119"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="124"/>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="131"/>
        <source>Badge (box label)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="132"/>
        <source>Product sheet (A4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="138"/>
        <source>Chinese and English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="139"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="140"/>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carbonlabel::SnapshotBanner</name>
    <message>
        <location filename="../ui/snapshotbanner.cpp" line="47"/>
        <source>Review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/snapshotbanner.cpp" line="55"/>
        <source>%n factor(s) in the database differ from the values recorded in this profile. The footprint uses the database&apos;s values; update the record one factor at a time.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/snapshotbanner.cpp" line="68"/>
        <source>Update %1: %2 → %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/snapshotbanner.cpp" line="75"/>
        <source>Update all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/snapshotbanner.cpp" line="76"/>
        <source>Update all factors</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carbonlabel::SnapshotCommand</name>
    <message>
        <location filename="../core/snapshotcommand.cpp" line="7"/>
        <source>Update factor %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carbonlabel::UsePage</name>
    <message>
        <location filename="../ui/usepage.cpp" line="16"/>
        <source>Use of the device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/usepage.cpp" line="19"/>
        <source>Grid where it is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/usepage.cpp" line="20"/>
        <source>Annual energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/usepage.cpp" line="21"/>
        <source>kWh per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/usepage.cpp" line="22"/>
        <source>A measured typical energy consumption (TEC); when given, the power modes are ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/usepage.cpp" line="25"/>
        <source>Power modes: the energy per year is power × hours per day × days per year, summed over the modes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/usepage.cpp" line="27"/>
        <source>No power modes. Add active, idle and sleep with “+ Add line”, or give the annual energy above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/usepage.cpp" line="40"/>
        <source>Use</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
