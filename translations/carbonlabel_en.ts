<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>BadgeRenderer</name>
        <message>
            <source>the profile has errors; run carbonlabel-cli validate on it</source>
            <translation>the profile has errors; run carbonlabel-cli validate on it</translation>
        </message>
        <message>
            <source>cannot start a PDF</source>
            <translation>cannot start a PDF</translation>
        </message>
    </context>
    <context>
        <name>BatchCommand</name>
        <message>
            <source>Print one label or product sheet per profile, on all cores. A bad profile is reported and skipped; the others are still written.</source>
            <translation>Print one label or product sheet per profile, on all cores. A bad profile is reported and skipped; the others are still written.</translation>
        </message>
        <message>
            <source>The profiles (.clprofile.json).</source>
            <translation>The profiles (.clprofile.json).</translation>
        </message>
        <message>
            <source>Write the PDFs into the folder DIR (created if missing).</source>
            <translation>Write the PDFs into the folder DIR (created if missing).</translation>
        </message>
        <message>
            <source>DIR</source>
            <translation>DIR</translation>
        </message>
        <message>
            <source>Use N threads (default: one per core).</source>
            <translation>Use N threads (default: one per core).</translation>
        </message>
        <message>
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <source>missing -o DIR</source>
            <translation>missing -o DIR</translation>
        </message>
        <message>
            <source>--jobs: expected a whole number from 1 to 256; got "%1"</source>
            <translation>--jobs: expected a whole number from 1 to 256; got "%1"</translation>
        </message>
        <message>
            <source>wrote %1</source>
            <translation>wrote %1</translation>
        </message>
        <message>
            <source>%1 written, %2 failed</source>
            <translation>%1 written, %2 failed</translation>
        </message>
        <message>
            <source>-o %1: not a folder</source>
            <translation>-o %1: not a folder</translation>
        </message>
        <message>
            <source>-o %1: cannot create the folder</source>
            <translation>-o %1: cannot create the folder</translation>
        </message>
        <message>
            <source>-o %1: cannot write into the folder: %2</source>
            <translation>-o %1: cannot write into the folder: %2</translation>
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message>
            <source>CarbonLabel: carbon footprints and carbon labels for ICT products and digital services.</source>
            <translation>CarbonLabel: carbon footprints and carbon labels for ICT products and digital services.</translation>
        </message>
        <message>
            <source>A profile to open (.clprofile.json).</source>
            <translation>A profile to open (.clprofile.json).</translation>
        </message>
        <message>
            <source>The language of the window: en or zh_CN.</source>
            <translation>The language of the window: en or zh_CN.</translation>
        </message>
        <message>
            <source>Do not offer to recover unsaved changes after a crash.</source>
            <translation>Do not offer to recover unsaved changes after a crash.</translation>
        </message>
    </context>
    <context>
        <name>CommandLineParser</name>
        <message>
            <source>Usage: carbonlabel-cli COMMAND [OPTIONS] [ARGUMENTS]

Carbon footprints and carbon labels for ICT products and digital services.

Commands:
</source>
            <translation>Usage: carbonlabel-cli COMMAND [OPTIONS] [ARGUMENTS]

Carbon footprints and carbon labels for ICT products and digital services.

Commands:
</translation>
        </message>
        <message>
            <source>
Run "carbonlabel-cli COMMAND --help" for a command's options.
Exit status: 0 success, 2 bad input or usage, 1 unexpected error.
</source>
            <translation>
Run "carbonlabel-cli COMMAND --help" for a command's options.
Exit status: 0 success, 2 bad input or usage, 1 unexpected error.
</translation>
        </message>
        <message>
            <source>carbonlabel-cli: unknown command "%1"</source>
            <translation>carbonlabel-cli: unknown command "%1"</translation>
        </message>
    </context>
    <context>
        <name>CommandSupport</name>
        <message>
            <source>Show this help.</source>
            <translation>Show this help.</translation>
        </message>
        <message>
            <source>missing argument</source>
            <translation>missing argument</translation>
        </message>
        <message>
            <source>too many arguments</source>
            <translation>too many arguments</translation>
        </message>
        <message>
            <source>Use the factor database FILE instead of the shipped one.</source>
            <translation>Use the factor database FILE instead of the shipped one.</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>FILE</translation>
        </message>
        <message>
            <source>Use FILE as the user factor layer instead of the one in the user's data folder.</source>
            <translation>Use FILE as the user factor layer instead of the one in the user's data folder.</translation>
        </message>
        <message>
            <source>Print the result as JSON.</source>
            <translation>Print the result as JSON.</translation>
        </message>
        <message>
            <source>Warnings:</source>
            <translation>Warnings:</translation>
        </message>
    </context>
    <context>
        <name>Commands</name>
        <message>
            <source>Compute a profile's carbon footprint</source>
            <translation>Compute a profile's carbon footprint</translation>
        </message>
        <message>
            <source>Check a profile and list its problems</source>
            <translation>Check a profile and list its problems</translation>
        </message>
        <message>
            <source>Search, show or import emission factors</source>
            <translation>Search, show or import emission factors</translation>
        </message>
        <message>
            <source>Sustainable Web Design estimate for a data transfer</source>
            <translation>Sustainable Web Design estimate for a data transfer</translation>
        </message>
        <message>
            <source>Rank electricity grids for a profile's data-centre and AI parts</source>
            <translation>Rank electricity grids for a profile's data-centre and AI parts</translation>
        </message>
        <message>
            <source>Monte Carlo uncertainty and sensitivity of a footprint</source>
            <translation>Monte Carlo uncertainty and sensitivity of a footprint</translation>
        </message>
        <message>
            <source>Compare device refresh cycles and the replace-now payback</source>
            <translation>Compare device refresh cycles and the replace-now payback</translation>
        </message>
        <message>
            <source>Print a carbon label or product sheet as PDF</source>
            <translation>Print a carbon label or product sheet as PDF</translation>
        </message>
        <message>
            <source>Print labels or sheets for many profiles at once</source>
            <translation>Print labels or sheets for many profiles at once</translation>
        </message>
        <message>
            <source>Export a cradle-to-gate footprint as a WBCSD PACT ProductFootprint</source>
            <translation>Export a cradle-to-gate footprint as a WBCSD PACT ProductFootprint</translation>
        </message>
        <message>
            <source>Turn a bill of materials (CSV) into a profile skeleton</source>
            <translation>Turn a bill of materials (CSV) into a profile skeleton</translation>
        </message>
    </context>
    <context>
        <name>Diagnostic</name>
        <message>
            <source>line %1, column %2</source>
            <translation>line %1, column %2</translation>
        </message>
        <message>
            <source>warning: %1</source>
            <translation>warning: %1</translation>
        </message>
    </context>
    <context>
        <name>ExportPactCommand</name>
        <message>
            <source>Write a profile's cradle-to-gate footprint as a WBCSD PACT ProductFootprint (JSON).</source>
            <translation>Write a profile's cradle-to-gate footprint as a WBCSD PACT ProductFootprint (JSON).</translation>
        </message>
        <message>
            <source>The profile (.clprofile.json).</source>
            <translation>The profile (.clprofile.json).</translation>
        </message>
        <message>
            <source>Write to FILE.</source>
            <translation>Write to FILE.</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>FILE</translation>
        </message>
        <message>
            <source>PACT Technical Specifications version: 3.0 (default) or 2.3.</source>
            <translation>PACT Technical Specifications version: 3.0 (default) or 2.3.</translation>
        </message>
        <message>
            <source>VERSION</source>
            <translation>VERSION</translation>
        </message>
        <message>
            <source>Use UUID as the footprint id instead of a random one.</source>
            <translation>Use UUID as the footprint id instead of a random one.</translation>
        </message>
        <message>
            <source>UUID</source>
            <translation>UUID</translation>
        </message>
        <message>
            <source>The reporting company's name.</source>
            <translation>The reporting company's name.</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>NAME</translation>
        </message>
        <message>
            <source>A company id (URN); repeat for more.</source>
            <translation>A company id (URN); repeat for more.</translation>
        </message>
        <message>
            <source>URN</source>
            <translation>URN</translation>
        </message>
        <message>
            <source>A product id (URN); repeat for more.</source>
            <translation>A product id (URN); repeat for more.</translation>
        </message>
        <message>
            <source>The UN CPC code of the product.</source>
            <translation>The UN CPC code of the product.</translation>
        </message>
        <message>
            <source>CODE</source>
            <translation>CODE</translation>
        </message>
        <message>
            <source>Start of the reference period (ISO 8601).</source>
            <translation>Start of the reference period (ISO 8601).</translation>
        </message>
        <message>
            <source>DATE</source>
            <translation>DATE</translation>
        </message>
        <message>
            <source>End of the reference period (ISO 8601).</source>
            <translation>End of the reference period (ISO 8601).</translation>
        </message>
        <message>
            <source>ISO 3166-1 alpha-2 country of the footprint.</source>
            <translation>ISO 3166-1 alpha-2 country of the footprint.</translation>
        </message>
        <message>
            <source>Fossil carbon in one product, kg C.</source>
            <translation>Fossil carbon in one product, kg C.</translation>
        </message>
        <message>
            <source>KG</source>
            <translation>KG</translation>
        </message>
        <message>
            <source>Biogenic carbon in one product, kg C.</source>
            <translation>Biogenic carbon in one product, kg C.</translation>
        </message>
        <message>
            <source>-o OUT.json is required</source>
            <translation>-o OUT.json is required</translation>
        </message>
        <message>
            <source>unknown PACT version "%1"; use 3.0 or 2.3</source>
            <translation>unknown PACT version "%1"; use 3.0 or 2.3</translation>
        </message>
        <message>
            <source>must be a UUID v4</source>
            <translation>must be a UUID v4</translation>
        </message>
        <message>
            <source>must be a number, zero or more</source>
            <translation>must be a number, zero or more</translation>
        </message>
        <message>
            <source>IPCC assessment report(s) whose GWPs the factors use, e.g. AR5; repeat for more.</source>
            <translation>IPCC assessment report(s) whose GWPs the factors use, e.g. AR5; repeat for more.</translation>
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
            <translation>Emission factors: search, show, import into and export the user layer.</translation>
        </message>
        <message>
            <source>search QUERY | show ID | import CSV | export CSV</source>
            <translation>search QUERY | show ID | import CSV | export CSV</translation>
        </message>
        <message>
            <source>The query, factor id or CSV file.</source>
            <translation>The query, factor id or CSV file.</translation>
        </message>
        <message>
            <source>At most N search results (default 50).</source>
            <translation>At most N search results (default 50).</translation>
        </message>
        <message>
            <source>carbonlabel-cli factors: unknown action "%1"; expected search, show, import or export</source>
            <translation>carbonlabel-cli factors: unknown action "%1"; expected search, show, import or export</translation>
        </message>
        <message>
            <source>carbonlabel-cli factors: --limit expects a positive whole number, found "%1"</source>
            <translation>carbonlabel-cli factors: --limit expects a positive whole number, found "%1"</translation>
        </message>
        <message>
            <source>No factor matches "%1".</source>
            <translation>No factor matches "%1".</translation>
        </message>
        <message>
            <source>carbonlabel-cli factors show: unknown factor id "%1"</source>
            <translation>carbonlabel-cli factors show: unknown factor id "%1"</translation>
        </message>
        <message>
            <source>id</source>
            <translation>id</translation>
        </message>
        <message>
            <source>category</source>
            <translation>category</translation>
        </message>
        <message>
            <source>name (en)</source>
            <translation>name (en)</translation>
        </message>
        <message>
            <source>name (zh)</source>
            <translation>name (zh)</translation>
        </message>
        <message>
            <source>value</source>
            <translation>value</translation>
        </message>
        <message>
            <source>region</source>
            <translation>region</translation>
        </message>
        <message>
            <source>year</source>
            <translation>year</translation>
        </message>
        <message>
            <source>source</source>
            <translation>source</translation>
        </message>
        <message>
            <source>source detail</source>
            <translation>source detail</translation>
        </message>
        <message>
            <source>uncertainty (GSD)</source>
            <translation>uncertainty (GSD)</translation>
        </message>
        <message>
            <source>not given</source>
            <translation>not given</translation>
        </message>
        <message>
            <source>notes</source>
            <translation>notes</translation>
        </message>
        <message>
            <source>dataset</source>
            <translation>dataset</translation>
        </message>
        <message>
            <source>user layer</source>
            <translation>user layer</translation>
        </message>
        <message>
            <source>This factor counts CO2 only; other greenhouse gases are not included.</source>
            <translation>This factor counts CO2 only; other greenhouse gases are not included.</translation>
        </message>
        <message>
            <source>Nothing was imported.</source>
            <translation>Nothing was imported.</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n factor(s) into the user layer.</source>
            <translation>
                <numerusform>Imported %n factor into the user layer.</numerusform>
                <numerusform>Imported %n factors into the user layer.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %n user factor(s) to %1.</source>
            <translation>
                <numerusform>Exported %n user factor to %1.</numerusform>
                <numerusform>Exported %n user factors to %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>carbonlabel-cli factors %1: expected one argument, found %2</source>
            <translation>carbonlabel-cli factors %1: expected one argument, found %2</translation>
        </message>
    </context>
    <context>
        <name>FieldNames</name>
        <message>
            <source>%1 (English)</source>
            <translation>%1 (English)</translation>
        </message>
        <message>
            <source>%1 (Chinese)</source>
            <translation>%1 (Chinese)</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Product</translation>
        </message>
        <message>
            <source>Materials</source>
            <translation>Materials</translation>
        </message>
        <message>
            <source>Manufacturing</source>
            <translation>Manufacturing</translation>
        </message>
        <message>
            <source>Packaging</source>
            <translation>Packaging</translation>
        </message>
        <message>
            <source>Distribution</source>
            <translation>Distribution</translation>
        </message>
        <message>
            <source>Use, power modes</source>
            <translation>Use, power modes</translation>
        </message>
        <message>
            <source>Use (device)</source>
            <translation>Use (device)</translation>
        </message>
        <message>
            <source>Digital service, network</source>
            <translation>Digital service, network</translation>
        </message>
        <message>
            <source>Digital service, data centre</source>
            <translation>Digital service, data centre</translation>
        </message>
        <message>
            <source>Digital service, AI</source>
            <translation>Digital service, AI</translation>
        </message>
        <message>
            <source>Digital service</source>
            <translation>Digital service</translation>
        </message>
        <message>
            <source>End of life</source>
            <translation>End of life</translation>
        </message>
        <message>
            <source>Offsets</source>
            <translation>Offsets</translation>
        </message>
        <message>
            <source>Factor snapshot</source>
            <translation>Factor snapshot</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Profile</translation>
        </message>
        <message>
            <source>%1, line %2</source>
            <translation>%1, line %2</translation>
        </message>
        <message>
            <source>triangular, %1 to %2</source>
            <translation>triangular, %1 to %2</translation>
        </message>
        <message>
            <source>uniform, %1 to %2</source>
            <translation>uniform, %1 to %2</translation>
        </message>
        <message>
            <source>lognormal, GSD %1</source>
            <translation>lognormal, GSD %1</translation>
        </message>
    </context>
    <context>
        <name>FootprintCommand</name>
        <message>
            <source>Compute the cradle-to-grave carbon footprint of a profile.</source>
            <translation>Compute the cradle-to-grave carbon footprint of a profile.</translation>
        </message>
        <message>
            <source>The profile (.clprofile.json).</source>
            <translation>The profile (.clprofile.json).</translation>
        </message>
        <message>
            <source>Lifetime: %1 years; dataset %2</source>
            <translation>Lifetime: %1 years; dataset %2</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Stage</translation>
        </message>
        <message>
            <source>kg CO2e</source>
            <translation>kg CO2e</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Share</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>End-of-life credits (not netted)</source>
            <translation>End-of-life credits (not netted)</translation>
        </message>
        <message>
            <source>Offsets (not subtracted)</source>
            <translation>Offsets (not subtracted)</translation>
        </message>
        <message>
            <source>Carbon neutral</source>
            <translation>Carbon neutral</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>Contributions, largest first:</source>
            <translation>Contributions, largest first:</translation>
        </message>
    </context>
    <context>
        <name>ImportBomCommand</name>
        <message>
            <source>Turn a bill of materials (CSV: part_en, part_zh, factor, quantity, unit) into a profile skeleton.</source>
            <translation>Turn a bill of materials (CSV: part_en, part_zh, factor, quantity, unit) into a profile skeleton.</translation>
        </message>
        <message>
            <source>The bill of materials.</source>
            <translation>The bill of materials.</translation>
        </message>
        <message>
            <source>Write the profile to FILE instead of standard output.</source>
            <translation>Write the profile to FILE instead of standard output.</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>FILE</translation>
        </message>
        <message>
            <source>The product id (default: from the file name).</source>
            <translation>The product id (default: from the file name).</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>The product's English name.</source>
            <translation>The product's English name.</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>NAME</translation>
        </message>
        <message>
            <source>The product's Chinese name.</source>
            <translation>The product's Chinese name.</translation>
        </message>
        <message>
            <source>The product's lifetime in years (default: 1, as a placeholder, with a warning).</source>
            <translation>The product's lifetime in years (default: 1, as a placeholder, with a warning).</translation>
        </message>
        <message>
            <source>YEARS</source>
            <translation>YEARS</translation>
        </message>
        <message>
            <source>The product's mass in kg.</source>
            <translation>The product's mass in kg.</translation>
        </message>
        <message>
            <source>KG</source>
            <translation>KG</translation>
        </message>
        <message>
            <source>must be a number greater than zero</source>
            <translation>must be a number greater than zero</translation>
        </message>
    </context>
    <context>
        <name>InventoryBuilder</name>
        <message>
            <source>a power factor in W</source>
            <translation>a power factor in W</translation>
        </message>
        <message>
            <source>a utilisation from 0 to 1 (dimensionless)</source>
            <translation>a utilisation from 0 to 1 (dimensionless)</translation>
        </message>
        <message>
            <source>a PUE of at least 1 (dimensionless)</source>
            <translation>a PUE of at least 1 (dimensionless)</translation>
        </message>
        <message>
            <source>a replication factor of at least 1 (dimensionless)</source>
            <translation>a replication factor of at least 1 (dimensionless)</translation>
        </message>
        <message>
            <source>a storage energy factor in Wh/TB-h</source>
            <translation>a storage energy factor in Wh/TB-h</translation>
        </message>
        <message>
            <source>unknown factor id "%1"; find one with: carbonlabel-cli factors search WORDS</source>
            <translation>unknown factor id "%1"; find one with: carbonlabel-cli factors search WORDS</translation>
        </message>
        <message>
            <source>factor "%1" (%2) is not an emission factor; expected %3</source>
            <translation>factor "%1" (%2) is not an emission factor; expected %3</translation>
        </message>
        <message>
            <source>factor "%1" is in %2; expected %3</source>
            <translation>factor "%1" is in %2; expected %3</translation>
        </message>
        <message>
            <source>factor "%1" counts CO2 only (%2); other greenhouse gases are not included</source>
            <translation>factor "%1" counts CO2 only (%2); other greenhouse gases are not included</translation>
        </message>
        <message>
            <source>a grid factor in kgCO2e/kWh</source>
            <translation>a grid factor in kgCO2e/kWh</translation>
        </message>
        <message>
            <source>unknown unit "%1"; expected one of %2</source>
            <translation>unknown unit "%1"; expected one of %2</translation>
        </message>
        <message>
            <source>an emission factor in kgCO2e per unit of quantity</source>
            <translation>an emission factor in kgCO2e per unit of quantity</translation>
        </message>
        <message>
            <source>unit "%1" does not convert to %2, the unit of factor "%3" (%4)</source>
            <translation>unit "%1" does not convert to %2, the unit of factor "%3" (%4)</translation>
        </message>
        <message>
            <source>a transport factor in kgCO2e/tkm</source>
            <translation>a transport factor in kgCO2e/tkm</translation>
        </message>
        <message>
            <source>ignored: annual_energy_kwh is given</source>
            <translation>ignored: annual_energy_kwh is given</translation>
        </message>
        <message>
            <source>an end-of-life factor in kgCO2e/kg</source>
            <translation>an end-of-life factor in kgCO2e/kg</translation>
        </message>
        <message>
            <source>the product mass is unknown (no product.mass_kg and no materials in mass units), so end of life counts as zero</source>
            <translation>the product mass is unknown (no product.mass_kg and no materials in mass units), so end of life counts as zero</translation>
        </message>
        <message>
            <source>expected at least %1 (%2 W), found %3 W</source>
            <translation>expected at least %1 (%2 W), found %3 W</translation>
        </message>
        <message>
            <source>applies only to the model swd-v4</source>
            <translation>applies only to the model swd-v4</translation>
        </message>
        <message>
            <source>not accepted by the Sustainable Web Design model: %1</source>
            <translation>not accepted by the Sustainable Web Design model: %1</translation>
        </message>
        <message>
            <source>the %1 total already includes the data centre's energy and embodied emissions; data_center, compute, accelerators and storage are added to it, so make sure they describe other servers</source>
            <translation>the %1 total already includes the data centre's energy and embodied emissions; data_center, compute, accelerators and storage are added to it, so make sure they describe other servers</translation>
        </message>
        <message>
            <source>the %1 total already includes the user device's energy and embodied emissions; the use section adds the device again</source>
            <translation>the %1 total already includes the user device's energy and embodied emissions; the use section adds the device again</translation>
        </message>
        <message>
            <source>factor "%1" has the value %2; expected %3</source>
            <translation>factor "%1" has the value %2; expected %3</translation>
        </message>
        <message>
            <source>factor "%1" is in the category %2, not %3; check that it is %4</source>
            <translation>factor "%1" is in the category %2, not %3; check that it is %4</translation>
        </message>
    </context>
    <context>
        <name>JsonValueReader</name>
        <message>
            <source>null</source>
            <translation>null</translation>
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
            <source>the text "%1"</source>
            <translation>the text "%1"</translation>
        </message>
        <message>
            <source>an array</source>
            <translation>an array</translation>
        </message>
        <message>
            <source>an object</source>
            <translation>an object</translation>
        </message>
        <message>
            <source>the number %1</source>
            <translation>the number %1</translation>
        </message>
        <message>
            <source>an unsupported value</source>
            <translation>an unsupported value</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>a number</translation>
        </message>
        <message>
            <source>a number of zero or more</source>
            <translation>a number of zero or more</translation>
        </message>
        <message>
            <source>a number greater than zero</source>
            <translation>a number greater than zero</translation>
        </message>
        <message>
            <source>a share from 0 to 1</source>
            <translation>a share from 0 to 1</translation>
        </message>
        <message>
            <source>a number of at least 1</source>
            <translation>a number of at least 1</translation>
        </message>
        <message>
            <source>hours from 0 to 24</source>
            <translation>hours from 0 to 24</translation>
        </message>
        <message>
            <source>days from 0 to 366</source>
            <translation>days from 0 to 366</translation>
        </message>
        <message>
            <source>a share from 0 up to (not including) 1</source>
            <translation>a share from 0 up to (not including) 1</translation>
        </message>
        <message>
            <source>required field is missing; expected %1</source>
            <translation>required field is missing; expected %1</translation>
        </message>
        <message>
            <source>expected an object, found %1</source>
            <translation>expected an object, found %1</translation>
        </message>
        <message>
            <source>expected an array, found %1</source>
            <translation>expected an array, found %1</translation>
        </message>
        <message>
            <source>expected %1, found %2</source>
            <translation>expected %1, found %2</translation>
        </message>
        <message>
            <source>number out of range; expected %1</source>
            <translation>number out of range; expected %1</translation>
        </message>
        <message>
            <source>unknown field in a distribution; expected value, min, max, gsd or dist</source>
            <translation>unknown field in a distribution; expected value, min, max, gsd or dist</translation>
        </message>
        <message>
            <source>expected "triangular", "lognormal" or "uniform", found %1</source>
            <translation>expected "triangular", "lognormal" or "uniform", found %1</translation>
        </message>
        <message>
            <source>expected "triangular", "lognormal" or "uniform", found "%1"</source>
            <translation>expected "triangular", "lognormal" or "uniform", found "%1"</translation>
        </message>
        <message>
            <source>give either gsd (lognormal) or min and max (triangular, uniform), not both</source>
            <translation>give either gsd (lognormal) or min and max (triangular, uniform), not both</translation>
        </message>
        <message>
            <source>a lognormal median must be greater than zero</source>
            <translation>a lognormal median must be greater than zero</translation>
        </message>
        <message>
            <source>expected min &lt;= value &lt;= max, found min %1, value %2, max %3</source>
            <translation>expected min &lt;= value &lt;= max, found min %1, value %2, max %3</translation>
        </message>
        <message>
            <source>a text</source>
            <translation>a text</translation>
        </message>
        <message>
            <source>expected a text, found %1</source>
            <translation>expected a text, found %1</translation>
        </message>
        <message>
            <source>must not be empty</source>
            <translation>must not be empty</translation>
        </message>
        <message>
            <source>an object with "en" and "zh" texts</source>
            <translation>an object with "en" and "zh" texts</translation>
        </message>
        <message>
            <source>expected a text in at least one language ("en" or "zh")</source>
            <translation>expected a text in at least one language ("en" or "zh")</translation>
        </message>
        <message>
            <source>unknown field; it is kept when the profile is saved</source>
            <translation>unknown field; it is kept when the profile is saved</translation>
        </message>
    </context>
    <context>
        <name>LabelCommand</name>
        <message>
            <source>Print a profile's carbon label (badge), product sheet or refresh report as PDF.</source>
            <translation>Print a profile's carbon label (badge), product sheet or refresh report as PDF.</translation>
        </message>
        <message>
            <source>The profile (.clprofile.json).</source>
            <translation>The profile (.clprofile.json).</translation>
        </message>
        <message>
            <source>Write the PDF to FILE.</source>
            <translation>Write the PDF to FILE.</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>FILE</translation>
        </message>
        <message>
            <source>missing -o OUT.pdf</source>
            <translation>missing -o OUT.pdf</translation>
        </message>
        <message>
            <source>Wrote %1</source>
            <translation>Wrote %1</translation>
        </message>
    </context>
    <context>
        <name>LabelCommandOptions</name>
        <message>
            <source>What to print: badge (the box label, default), sheet (A4 product sheet) or refresh (refresh-cycle report).</source>
            <translation>What to print: badge (the box label, default), sheet (A4 product sheet) or refresh (refresh-cycle report).</translation>
        </message>
        <message>
            <source>KIND</source>
            <translation>KIND</translation>
        </message>
        <message>
            <source>Language: en, zh or both (default).</source>
            <translation>Language: en, zh or both (default).</translation>
        </message>
        <message>
            <source>LANG</source>
            <translation>LANG</translation>
        </message>
        <message>
            <source>Badge size in millimetres, WIDTHxHEIGHT, from 40x60 to 105x148 (A6); default 60x90.</source>
            <translation>Badge size in millimetres, WIDTHxHEIGHT, from 40x60 to 105x148 (A6); default 60x90.</translation>
        </message>
        <message>
            <source>WxH</source>
            <translation>WxH</translation>
        </message>
        <message>
            <source>The date printed on the document and written as its creation date (default: $SOURCE_DATE_EPOCH if set, else today).</source>
            <translation>The date printed on the document and written as its creation date (default: $SOURCE_DATE_EPOCH if set, else today).</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>YYYY-MM-DD</translation>
        </message>
        <message>
            <source>--kind %1: the refresh-cycle report is not available yet in this version</source>
            <translation>--kind %1: the refresh-cycle report is not available yet in this version</translation>
        </message>
        <message>
            <source>--size is for badges; the %1 is always A4</source>
            <translation>--size is for badges; the %1 is always A4</translation>
        </message>
    </context>
    <context>
        <name>LabelFonts</name>
        <message>
            <source>the label font %1 is missing; install the package fonts-wqy-microhei (scripts/install-deps.sh does) or set CARBONLABEL_LABEL_FONT to the file</source>
            <translation>the label font %1 is missing; install the package fonts-wqy-microhei (scripts/install-deps.sh does) or set CARBONLABEL_LABEL_FONT to the file</translation>
        </message>
        <message>
            <source>the label font %1 could not be loaded (not a font file?)</source>
            <translation>the label font %1 could not be loaded (not a font file?)</translation>
        </message>
    </context>
    <context>
        <name>LabelOptions</name>
        <message>
            <source>--kind: expected badge, sheet or refresh; got "%1"</source>
            <translation>--kind: expected badge, sheet or refresh; got "%1"</translation>
        </message>
        <message>
            <source>--lang: expected en, zh or both; got "%1"</source>
            <translation>--lang: expected en, zh or both; got "%1"</translation>
        </message>
        <message>
            <source>--size: expected WIDTHxHEIGHT in millimetres, e.g. 60x90; got "%1"</source>
            <translation>--size: expected WIDTHxHEIGHT in millimetres, e.g. 60x90; got "%1"</translation>
        </message>
        <message>
            <source>--size %1: %2</source>
            <translation>--size %1: %2</translation>
        </message>
        <message>
            <source>--date: expected a date as YYYY-MM-DD; got "%1"</source>
            <translation>--date: expected a date as YYYY-MM-DD; got "%1"</translation>
        </message>
        <message>
            <source>a badge is from %1 x %2 mm up to A6, %3 x %4 mm (width x height)</source>
            <translation>a badge is from %1 x %2 mm up to A6, %3 x %4 mm (width x height)</translation>
        </message>
    </context>
    <context>
        <name>LabelRenderer</name>
        <message>
            <source>--kind refresh: the refresh-cycle report is not available yet in this version</source>
            <translation>--kind refresh: the refresh-cycle report is not available yet in this version</translation>
        </message>
    </context>
    <context>
        <name>MonteCarloCommand</name>
        <message>
            <source>Monte Carlo uncertainty of a profile's footprint: every number with a distribution and every factor with an uncertainty is sampled. Mean, median, P5 and P95 of the total and of each stage, and which inputs matter most.</source>
            <translation>Monte Carlo uncertainty of a profile's footprint: every number with a distribution and every factor with an uncertainty is sampled. Mean, median, P5 and P95 of the total and of each stage, and which inputs matter most.</translation>
        </message>
        <message>
            <source>The profile (.clprofile.json).</source>
            <translation>The profile (.clprofile.json).</translation>
        </message>
        <message>
            <source>Number of samples, 1 to 10,000,000 (default 10,000).</source>
            <translation>Number of samples, 1 to 10,000,000 (default 10,000).</translation>
        </message>
        <message>
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <source>Seed of the random generator, 0 to 18446744073709551615 (default 42). The same seed gives the same result on every machine.</source>
            <translation>Seed of the random generator, 0 to 18446744073709551615 (default 42). The same seed gives the same result on every machine.</translation>
        </message>
        <message>
            <source>S</source>
            <translation>S</translation>
        </message>
        <message>
            <source>Worker threads, 1 to 1024 (default: all cores). The result does not depend on it.</source>
            <translation>Worker threads, 1 to 1024 (default: all cores). The result does not depend on it.</translation>
        </message>
        <message>
            <source>--samples: expected a whole number from 1 to 10000000, found "%1"</source>
            <translation>--samples: expected a whole number from 1 to 10000000, found "%1"</translation>
        </message>
        <message>
            <source>--seed: expected a whole number from 0 to 18446744073709551615, found "%1"</source>
            <translation>--seed: expected a whole number from 0 to 18446744073709551615, found "%1"</translation>
        </message>
        <message>
            <source>--threads: expected a whole number from 1 to 1024, found "%1"</source>
            <translation>--threads: expected a whole number from 1 to 1024, found "%1"</translation>
        </message>
        <message>
            <source>not enough memory for %1 samples; try fewer with --samples</source>
            <translation>not enough memory for %1 samples; try fewer with --samples</translation>
        </message>
        <message>
            <source>Monte Carlo: %1 samples, seed %2; kg CO2e</source>
            <translation>Monte Carlo: %1 samples, seed %2; kg CO2e</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Stage</translation>
        </message>
        <message>
            <source>Deterministic</source>
            <translation>Deterministic</translation>
        </message>
        <message>
            <source>Mean</source>
            <translation>Mean</translation>
        </message>
        <message>
            <source>Median</source>
            <translation>Median</translation>
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
            <translation>Total</translation>
        </message>
        <message>
            <source>No number in this profile carries a distribution and no factor has an uncertainty, so every sample equals the deterministic result.</source>
            <translation>No number in this profile carries a distribution and no factor has an uncertainty, so every sample equals the deterministic result.</translation>
        </message>
        <message>
            <source>Sensitivity (squared Spearman rank correlation with the total, normalised to 100 %):</source>
            <translation>Sensitivity (squared Spearman rank correlation with the total, normalised to 100 %):</translation>
        </message>
        <message>
            <source>rho %1</source>
            <translation>rho %1</translation>
        </message>
    </context>
    <context>
        <name>ProfileReader</name>
        <message>
            <source>expected "energy", "swd-v4" or "swd-v3", found "%1"</source>
            <translation>expected "energy", "swd-v4" or "swd-v3", found "%1"</translation>
        </message>
        <message>
            <source>expected true or false, found %1</source>
            <translation>expected true or false, found %1</translation>
        </message>
        <message>
            <source>ignored: the model %1 has its own energy per GB</source>
            <translation>ignored: the model %1 has its own energy per GB</translation>
        </message>
        <message>
            <source>ignored: the model %1 uses its own global grid intensity</source>
            <translation>ignored: the model %1 uses its own global grid intensity</translation>
        </message>
        <message>
            <source>applies only to the model swd-v4; for swd-v3 use "green": true</source>
            <translation>applies only to the model swd-v4; for swd-v3 use "green": true</translation>
        </message>
        <message>
            <source>ignored: a green host ("green": true) has the factor 1</source>
            <translation>ignored: a green host ("green": true) has the factor 1</translation>
        </message>
        <message>
            <source>ignored: applies only to the models swd-v4 and swd-v3</source>
            <translation>ignored: applies only to the models swd-v4 and swd-v3</translation>
        </message>
        <message>
            <source>give either power_w (or power_w_factor), or idle_w and max_w, not both</source>
            <translation>give either power_w (or power_w_factor), or idle_w and max_w, not both</translation>
        </message>
        <message>
            <source>required field is missing; expected power_w or power_w_factor (rated power), or idle_w and max_w (each also as *_factor)</source>
            <translation>required field is missing; expected power_w or power_w_factor (rated power), or idle_w and max_w (each also as *_factor)</translation>
        </message>
        <message>
            <source>give either %1 or %2, not both</source>
            <translation>give either %1 or %2, not both</translation>
        </message>
        <message>
            <source>required field is missing; expected %1, or %2 with a factor id</source>
            <translation>required field is missing; expected %1, or %2 with a factor id</translation>
        </message>
        <message>
            <source>more hours than a year has (%1); count parallel units in vcpus, count or tb instead</source>
            <translation>more hours than a year has (%1); count parallel units in vcpus, count or tb instead</translation>
        </message>
        <message>
            <source>expected at least %1 (%2), found %3</source>
            <translation>expected at least %1 (%2), found %3</translation>
        </message>
        <message>
            <source>an object</source>
            <translation>an object</translation>
        </message>
        <message>
            <source>expected annual_energy_kwh or a list of modes</source>
            <translation>expected annual_energy_kwh or a list of modes</translation>
        </message>
        <message>
            <source>an array of routes</source>
            <translation>an array of routes</translation>
        </message>
        <message>
            <source>the shares add up to %1; they must add up to 1</source>
            <translation>the shares add up to %1; they must add up to 1</translation>
        </message>
        <message>
            <source>expected "%1", found %2; this is not a CarbonLabel profile</source>
            <translation>expected "%1", found %2; this is not a CarbonLabel profile</translation>
        </message>
        <message>
            <source>expected the whole number 1, found %1</source>
            <translation>expected the whole number 1, found %1</translation>
        </message>
        <message>
            <source>unsupported version %1; this program reads version %2</source>
            <translation>unsupported version %1; this program reads version %2</translation>
        </message>
        <message>
            <source>cannot open the file: %1</source>
            <translation>cannot open the file: %1</translation>
        </message>
        <message>
            <source>broken JSON: nested more than %1 levels deep</source>
            <translation>broken JSON: nested more than %1 levels deep</translation>
        </message>
        <message>
            <source>broken JSON: %1</source>
            <translation>broken JSON: %1</translation>
        </message>
        <message>
            <source>number out of range; expected a finite number</source>
            <translation>number out of range; expected a finite number</translation>
        </message>
        <message>
            <source>expected a profile object, found %1</source>
            <translation>expected a profile object, found %1</translation>
        </message>
    </context>
    <context>
        <name>RefreshCommand</name>
        <message>
            <source>Refresh cycles (DESIGN §3): the emissions of replacing the device every k years over a horizon, the best cycle, the footprint per year of keeping one device n years, and when replacing an old device now pays back.</source>
            <translation>Refresh cycles (DESIGN §3): the emissions of replacing the device every k years over a horizon, the best cycle, the footprint per year of keeping one device n years, and when replacing an old device now pays back.</translation>
        </message>
        <message>
            <source>The profile of the new device (.clprofile.json).</source>
            <translation>The profile of the new device (.clprofile.json).</translation>
        </message>
        <message>
            <source>Years to look ahead, 1 to 50 (default 12).</source>
            <translation>Years to look ahead, 1 to 50 (default 12).</translation>
        </message>
        <message>
            <source>H</source>
            <translation>H</translation>
        </message>
        <message>
            <source>Cycle lengths to compare, a..b years with 1 &lt;= a &lt;= b &lt;= H (default 2..8, cut to the horizon).</source>
            <translation>Cycle lengths to compare, a..b years with 1 &lt;= a &lt;= b &lt;= H (default 2..8, cut to the horizon).</translation>
        </message>
        <message>
            <source>a..b</source>
            <translation>a..b</translation>
        </message>
        <message>
            <source>Yearly change of a new device's embodied emissions, e.g. -0.03 for -3 % a year (default 0).</source>
            <translation>Yearly change of a new device's embodied emissions, e.g. -0.03 for -3 % a year (default 0).</translation>
        </message>
        <message>
            <source>r</source>
            <translation>r</translation>
        </message>
        <message>
            <source>Yearly change of a new device's annual energy (default 0).</source>
            <translation>Yearly change of a new device's annual energy (default 0).</translation>
        </message>
        <message>
            <source>Yearly change of the grid's emission factor (default 0).</source>
            <translation>Yearly change of the grid's emission factor (default 0).</translation>
        </message>
        <message>
            <source>Annual energy of the device in use today: adds when replacing it now with the profile's device pays back (without it the payback is null).</source>
            <translation>Annual energy of the device in use today: adds when replacing it now with the profile's device pays back (without it the payback is null).</translation>
        </message>
        <message>
            <source>X</source>
            <translation>X</translation>
        </message>
        <message>
            <source>--horizon: expected a whole number of years from 1 to 50, found "%1"</source>
            <translation>--horizon: expected a whole number of years from 1 to 50, found "%1"</translation>
        </message>
        <message>
            <source>--cycles: expected a..b with 1 &lt;= a &lt;= b &lt;= %1 (the horizon), found "%2"</source>
            <translation>--cycles: expected a..b with 1 &lt;= a &lt;= b &lt;= %1 (the horizon), found "%2"</translation>
        </message>
        <message>
            <source>--%1: expected a yearly rate greater than -1 (e.g. -0.03 for -3 % a year), found "%2"</source>
            <translation>--%1: expected a yearly rate greater than -1 (e.g. -0.03 for -3 % a year), found "%2"</translation>
        </message>
        <message>
            <source>--old-annual-kwh: expected kWh a year, a number &gt;= 0, found "%1"</source>
            <translation>--old-annual-kwh: expected kWh a year, a number &gt;= 0, found "%1"</translation>
        </message>
        <message>
            <source>cannot analyse refresh cycles: %1</source>
            <translation>cannot analyse refresh cycles: %1</translation>
        </message>
        <message>
            <source>Refresh cycles over a horizon of H = %1 years; kg CO2e.</source>
            <translation>Refresh cycles over a horizon of H = %1 years; kg CO2e.</translation>
        </message>
        <message>
            <source>  New device: embodied %1 kg CO2e (%2 a year), %3 kWh a year (%4 a year)</source>
            <translation>  New device: embodied %1 kg CO2e (%2 a year), %3 kWh a year (%4 a year)</translation>
        </message>
        <message>
            <source>  Grid: %1 kg CO2e/kWh (%2 a year)%3</source>
            <translation>  Grid: %1 kg CO2e/kWh (%2 a year)%3</translation>
        </message>
        <message>
            <source>, no use phase in the profile</source>
            <translation>, no use phase in the profile</translation>
        </message>
        <message>
            <source>Cycle (years)</source>
            <translation>Cycle (years)</translation>
        </message>
        <message>
            <source>Devices</source>
            <translation>Devices</translation>
        </message>
        <message>
            <source>Embodied</source>
            <translation>Embodied</translation>
        </message>
        <message>
            <source>Use</source>
            <translation>Use</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Per year</source>
            <translation>Per year</translation>
        </message>
        <message>
            <source>  * best cycle: replace every %1 years</source>
            <translation>  * best cycle: replace every %1 years</translation>
        </message>
        <message>
            <source>  The last device's embodied emissions count for the share of its years inside the horizon.</source>
            <translation>  The last device's embodied emissions count for the share of its years inside the horizon.</translation>
        </message>
        <message>
            <source>Cumulative emissions at the end of each year:</source>
            <translation>Cumulative emissions at the end of each year:</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>k=%1</source>
            <translation>k=%1</translation>
        </message>
        <message>
            <source>Keep one device n years: its footprint per year of service</source>
            <translation>Keep one device n years: its footprint per year of service</translation>
        </message>
        <message>
            <source>Years (n)</source>
            <translation>Years (n)</translation>
        </message>
        <message>
            <source>Replace now: give --old-annual-kwh to compare with the device in use.</source>
            <translation>Replace now: give --old-annual-kwh to compare with the device in use.</translation>
        </message>
        <message>
            <source>Replace now: the old device uses %1 kWh a year, the new one %2 kWh (saves %3 kWh a year) and costs %4 kg CO2e to make.</source>
            <translation>Replace now: the old device uses %1 kWh a year, the new one %2 kWh (saves %3 kWh a year) and costs %4 kg CO2e to make.</translation>
        </message>
        <message>
            <source>  Pays back in year %1.</source>
            <translation>  Pays back in year %1.</translation>
        </message>
        <message>
            <source>  Never pays back within %1 years.</source>
            <translation>  Never pays back within %1 years.</translation>
        </message>
    </context>
    <context>
        <name>RefreshReportRenderer</name>
        <message>
            <source>the profile has errors; run carbonlabel-cli validate on it</source>
            <translation>the profile has errors; run carbonlabel-cli validate on it</translation>
        </message>
        <message>
            <source>cannot analyse refresh cycles: %1</source>
            <translation>cannot analyse refresh cycles: %1</translation>
        </message>
        <message>
            <source>cannot start a PDF</source>
            <translation>cannot start a PDF</translation>
        </message>
    </context>
    <context>
        <name>SaveFile</name>
        <message>
            <source>cannot write %1: %2</source>
            <translation>cannot write %1: %2</translation>
        </message>
        <message>
            <source>it is a folder</source>
            <translation>it is a folder</translation>
        </message>
        <message>
            <source>the folder %1 does not exist</source>
            <translation>the folder %1 does not exist</translation>
        </message>
    </context>
    <context>
        <name>SheetRenderer</name>
        <message>
            <source>the profile has errors; run carbonlabel-cli validate on it</source>
            <translation>the profile has errors; run carbonlabel-cli validate on it</translation>
        </message>
        <message>
            <source>cannot start a PDF</source>
            <translation>cannot start a PDF</translation>
        </message>
        <message>
            <source>cannot add a page to the PDF</source>
            <translation>cannot add a page to the PDF</translation>
        </message>
    </context>
    <context>
        <name>StageNames</name>
        <message>
            <source>Materials &amp; manufacturing</source>
            <translation>Materials &amp; manufacturing</translation>
        </message>
        <message>
            <source>Distribution</source>
            <translation>Distribution</translation>
        </message>
        <message>
            <source>Use (device)</source>
            <translation>Use (device)</translation>
        </message>
        <message>
            <source>Use (digital service)</source>
            <translation>Use (digital service)</translation>
        </message>
        <message>
            <source>End of life</source>
            <translation>End of life</translation>
        </message>
    </context>
    <context>
        <name>SwdCommand</name>
        <message>
            <source>Show this help.</source>
            <translation>Show this help.</translation>
        </message>
        <message>
            <source>Bytes transferred (1 GB = 10^9 bytes).</source>
            <translation>Bytes transferred (1 GB = 10^9 bytes).</translation>
        </message>
        <message>
            <source>swd-v4 (default) or swd-v3.</source>
            <translation>swd-v4 (default) or swd-v3.</translation>
        </message>
        <message>
            <source>The host is verified green.</source>
            <translation>The host is verified green.</translation>
        </message>
        <message>
            <source>Per page visit, with the visit ratios (default: per byte).</source>
            <translation>Per page visit, with the visit ratios (default: per byte).</translation>
        </message>
        <message>
            <source>Print JSON with the keys of CO2.js's segmented result, in grams CO2e.</source>
            <translation>Print JSON with the keys of CO2.js's segmented result, in grams CO2e.</translation>
        </message>
        <message>
            <source>Evaluate many cases (needs --json): FILE, or - for standard input, holds one JSON object per line with the keys bytes, model, green, per-visit and those of the options above without their dashes (e.g. {"bytes": 1e6, "model": "swd-v3", "grid-network": 300}). Prints one JSON line per case, {"error": ...} for a bad one (exit 2).</source>
            <translation>Evaluate many cases (needs --json): FILE, or - for standard input, holds one JSON object per line with the keys bytes, model, green, per-visit and those of the options above without their dashes (e.g. {"bytes": 1e6, "model": "swd-v3", "grid-network": 300}). Prints one JSON line per case, {"error": ...} for a bad one (exit 2).</translation>
        </message>
        <message>
            <source>swd-v4: share 0..1 of the data centre's operational emissions that is green.</source>
            <translation>swd-v4: share 0..1 of the data centre's operational emissions that is green.</translation>
        </message>
        <message>
            <source>Data-centre grid intensity, gCO2e/kWh.</source>
            <translation>Data-centre grid intensity, gCO2e/kWh.</translation>
        </message>
        <message>
            <source>Network grid intensity, gCO2e/kWh.</source>
            <translation>Network grid intensity, gCO2e/kWh.</translation>
        </message>
        <message>
            <source>User-device grid intensity, gCO2e/kWh.</source>
            <translation>User-device grid intensity, gCO2e/kWh.</translation>
        </message>
        <message>
            <source>Per visit: share 0..1 of first visits (v3 0.75, v4 1).</source>
            <translation>Per visit: share 0..1 of first visits (v3 0.75, v4 1).</translation>
        </message>
        <message>
            <source>Per visit: share 0..1 of return visits (v3 0.25, v4 0).</source>
            <translation>Per visit: share 0..1 of return visits (v3 0.25, v4 0).</translation>
        </message>
        <message>
            <source>Per visit: share 0..1 of the data reloaded on a return visit (v3 0.02, v4 0).</source>
            <translation>Per visit: share 0..1 of the data reloaded on a return visit (v3 0.02, v4 0).</translation>
        </message>
        <message>
            <source>%1 must be a finite number</source>
            <translation>%1 must be a finite number</translation>
        </message>
        <message>
            <source>%1 must not be negative</source>
            <translation>%1 must not be negative</translation>
        </message>
        <message>
            <source>%1 must be between 0 and 1</source>
            <translation>%1 must be between 0 and 1</translation>
        </message>
        <message>
            <source>%1 applies only to the swd-v4 model</source>
            <translation>%1 applies only to the swd-v4 model</translation>
        </message>
        <message>
            <source>%1 applies only with %2</source>
            <translation>%1 applies only with %2</translation>
        </message>
        <message>
            <source>--bytes is required</source>
            <translation>--bytes is required</translation>
        </message>
        <message>
            <source>--bytes: "%1" is not a number</source>
            <translation>--bytes: "%1" is not a number</translation>
        </message>
        <message>
            <source>--model: unknown model "%1" (expected swd-v4 or swd-v3)</source>
            <translation>--model: unknown model "%1" (expected swd-v4 or swd-v3)</translation>
        </message>
        <message>
            <source>--%1: "%2" is not a number</source>
            <translation>--%1: "%2" is not a number</translation>
        </message>
        <message>
            <source>not a JSON object</source>
            <translation>not a JSON object</translation>
        </message>
        <message>
            <source>bytes must be a number</source>
            <translation>bytes must be a number</translation>
        </message>
        <message>
            <source>model must be "swd-v4" or "swd-v3"</source>
            <translation>model must be "swd-v4" or "swd-v3"</translation>
        </message>
        <message>
            <source>%1 must be true or false</source>
            <translation>%1 must be true or false</translation>
        </message>
        <message>
            <source>unknown key "%1"</source>
            <translation>unknown key "%1"</translation>
        </message>
        <message>
            <source>%1 must be a number</source>
            <translation>%1 must be a number</translation>
        </message>
        <message>
            <source>bytes is required</source>
            <translation>bytes is required</translation>
        </message>
        <message>
            <source>per visit</source>
            <translation>per visit</translation>
        </message>
        <message>
            <source>per byte</source>
            <translation>per byte</translation>
        </message>
        <message>
            <source>Sustainable Web Design (%1, %2), %3 bytes, as CO2.js 0.19.0</source>
            <translation>Sustainable Web Design (%1, %2), %3 bytes, as CO2.js 0.19.0</translation>
        </message>
        <message>
            <source>Segment</source>
            <translation>Segment</translation>
        </message>
        <message>
            <source>g CO2e</source>
            <translation>g CO2e</translation>
        </message>
        <message>
            <source>Green hosting lowers the total only; as in CO2.js, the data-centre segments above are shown without it.</source>
            <translation>Green hosting lowers the total only; as in CO2.js, the data-centre segments above are shown without it.</translation>
        </message>
        <message>
            <source>--cases: cannot open %1: %2</source>
            <translation>--cases: cannot open %1: %2</translation>
        </message>
        <message>
            <source>not valid JSON</source>
            <translation>not valid JSON</translation>
        </message>
        <message>
            <source>Sustainable Web Design estimate for a data transfer, in grams CO2e, identical segment by segment to CO2.js 0.19.0 (@tgwf/co2).</source>
            <translation>Sustainable Web Design estimate for a data transfer, in grams CO2e, identical segment by segment to CO2.js 0.19.0 (@tgwf/co2).</translation>
        </message>
        <message>
            <source>Usage: carbonlabel-cli swd --bytes N [options] [--json]
       carbonlabel-cli swd --cases FILE --json</source>
            <translation>Usage: carbonlabel-cli swd --bytes N [options] [--json]
       carbonlabel-cli swd --cases FILE --json</translation>
        </message>
        <message>
            <source>unexpected argument "%1"</source>
            <translation>unexpected argument "%1"</translation>
        </message>
        <message>
            <source>--cases cannot be combined with --%1</source>
            <translation>--cases cannot be combined with --%1</translation>
        </message>
        <message>
            <source>--cases needs --json</source>
            <translation>--cases needs --json</translation>
        </message>
        <message>
            <source>unexpected error: %1</source>
            <translation>unexpected error: %1</translation>
        </message>
        <message>
            <source>unexpected error</source>
            <translation>unexpected error</translation>
        </message>
    </context>
    <context>
        <name>ValidateCommand</name>
        <message>
            <source>Check a profile against the format and the factor database.</source>
            <translation>Check a profile against the format and the factor database.</translation>
        </message>
        <message>
            <source>The profile (.clprofile.json).</source>
            <translation>The profile (.clprofile.json).</translation>
        </message>
        <message>
            <source>%1: valid</source>
            <translation>%1: valid</translation>
        </message>
    </context>
    <context>
        <name>WhereCommand</name>
        <message>
            <source>Evaluate the data-centre and AI parts of a profile on other electricity grids, ranked.</source>
            <translation>Evaluate the data-centre and AI parts of a profile on other electricity grids, ranked.</translation>
        </message>
        <message>
            <source>The profile (.clprofile.json).</source>
            <translation>The profile (.clprofile.json).</translation>
        </message>
        <message>
            <source>Compare these grid factors (comma-separated ids); default: every grid_electricity factor with a region.</source>
            <translation>Compare these grid factors (comma-separated ids); default: every grid_electricity factor with a region.</translation>
        </message>
        <message>
            <source>ID,ID,...</source>
            <translation>ID,ID,...</translation>
        </message>
        <message>
            <source>expected one or more grid factor ids</source>
            <translation>expected one or more grid factor ids</translation>
        </message>
        <message>
            <source>Data-centre and AI parts moved: %1</source>
            <translation>Data-centre and AI parts moved: %1</translation>
        </message>
        <message>
            <source>Baseline on the profile's own grid (%1): %2 kg CO2e</source>
            <translation>Baseline on the profile's own grid (%1): %2 kg CO2e</translation>
        </message>
        <message>
            <source>Grid</source>
            <translation>Grid</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>kg CO2e/kWh</source>
            <translation>kg CO2e/kWh</translation>
        </message>
        <message>
            <source>kg CO2e</source>
            <translation>kg CO2e</translation>
        </message>
        <message>
            <source>Saving kg</source>
            <translation>Saving kg</translation>
        </message>
        <message>
            <source>Saving</source>
            <translation>Saving</translation>
        </message>
        <message>
            <source>* CO2 only / 仅CO2: the grid factor counts CO2 alone, not other greenhouse gases</source>
            <translation>* CO2 only / 仅CO2: the grid factor counts CO2 alone, not other greenhouse gases</translation>
        </message>
    </context>
    <context>
        <name>WhereRunAnalysis</name>
        <message>
            <source>no data-centre or AI part to move; expected data_center, ai, compute, accelerators or storage</source>
            <translation>no data-centre or AI part to move; expected data_center, ai, compute, accelerators or storage</translation>
        </message>
        <message>
            <source>no grid to compare</source>
            <translation>no grid to compare</translation>
        </message>
        <message>
            <source>unknown grid factor "%1"; list grids with: carbonlabel-cli factors search grid</source>
            <translation>unknown grid factor "%1"; list grids with: carbonlabel-cli factors search grid</translation>
        </message>
        <message>
            <source>factor "%1" is in %2; expected a grid factor in kgCO2e/kWh</source>
            <translation>factor "%1" is in %2; expected a grid factor in kgCO2e/kWh</translation>
        </message>
    </context>
    <context>
        <name>carbonlabel::BatchExportDialog</name>
        <message>
            <source>Add profiles</source>
            <translation>Add profiles</translation>
        </message>
        <message>
            <source>CarbonLabel profiles (*.clprofile.json *.json)</source>
            <translation>CarbonLabel profiles (*.clprofile.json *.json)</translation>
        </message>
        <message>
            <source>Output folder</source>
            <translation>Output folder</translation>
        </message>
        <message>
            <source>Batch export labels</source>
            <translation>Batch export labels</translation>
        </message>
        <message>
            <source>One PDF per profile, with the kind, language and size chosen in the label preview. A profile with problems is reported and skipped; the others are still written.</source>
            <translation>One PDF per profile, with the kind, language and size chosen in the label preview. A profile with problems is reported and skipped; the others are still written.</translation>
        </message>
        <message>
            <source>Add profiles…</source>
            <translation>Add profiles…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>Add at least one profile and choose an output folder.</source>
            <translation>Add at least one profile and choose an output folder.</translation>
        </message>
        <message>
            <source>Writing labels…</source>
            <translation>Writing labels…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Writing %1 (%2 of %3)…</source>
            <translation>Writing %1 (%2 of %3)…</translation>
        </message>
        <message>
            <source>%1 written, %2 skipped because of problems.</source>
            <translation>%1 written, %2 skipped because of problems.</translation>
        </message>
    </context>
    <context>
        <name>carbonlabel::BomImportDialog</name>
        <message>
            <source>Import bill of materials</source>
            <translation>Import bill of materials</translation>
        </message>
        <message>
            <source>%1 becomes a new profile with one material line per row. Give the product facts the file does not hold; everything else can be edited afterwards.</source>
            <translation>%1 becomes a new profile with one material line per row. Give the product facts the file does not hold; everything else can be edited afterwards.</translation>
        </message>
        <message>
            <source>Product ID</source>
            <translation>Product ID</translation>
        </message>
        <message>
            <source>from the file name</source>
            <translation>from the file name</translation>
        </message>
        <message>
            <source>Name (English)</source>
            <translation>Name (English)</translation>
        </message>
        <message>
            <source>Name (Chinese)</source>
            <translation>Name (Chinese)</translation>
        </message>
        <message>
            <source>Lifetime (years)</source>
            <translation>Lifetime (years)</translation>
        </message>
        <message>
            <source>1, as a placeholder to replace</source>
            <translation>1, as a placeholder to replace</translation>
        </message>
        <message>
            <source>Mass (kg)</source>
            <translation>Mass (kg)</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>optional</translation>
        </message>
        <message>
            <source>Read again</source>
            <translation>Read again</translation>
        </message>
        <message>
            <source>Create profile</source>
            <translation>Create profile</translation>
        </message>
        <message>
            <source>expected a number greater than zero</source>
            <translation>expected a number greater than zero</translation>
        </message>
        <message numerus="yes">
            <source>%n error(s) in the file: nothing is imported until they are fixed. Fix them in the CSV, then read it again.</source>
            <translation>
                <numerusform>%n error in the file: nothing is imported until they are fixed. Fix them in the CSV, then read it again.</numerusform>
                <numerusform>%n errors in the file: nothing is imported until they are fixed. Fix them in the CSV, then read it again.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n part(s) read.</source>
            <translation>
                <numerusform>%n part read.</numerusform>
                <numerusform>%n parts read.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s): check these after creating the profile.</source>
            <translation>
                <numerusform>%n warning: check these after creating the profile.</numerusform>
                <numerusform>%n warnings: check these after creating the profile.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>carbonlabel::BomImporter</name>
        <message>
            <source>cannot read: %1</source>
            <translation>cannot read: %1</translation>
        </message>
        <message>
            <source>empty file; the first line must name the columns %1</source>
            <translation>empty file; the first line must name the columns %1</translation>
        </message>
        <message>
            <source>line %1, column %2</source>
            <translation>line %1, column %2</translation>
        </message>
        <message>
            <source>unknown column "%1"; expected %2 (or %3)</source>
            <translation>unknown column "%1"; expected %2 (or %3)</translation>
        </message>
        <message>
            <source>column "%1" appears twice</source>
            <translation>column "%1" appears twice</translation>
        </message>
        <message>
            <source>line %1</source>
            <translation>line %1</translation>
        </message>
        <message>
            <source>missing column "%1" (%2)</source>
            <translation>missing column "%1" (%2)</translation>
        </message>
        <message>
            <source>missing column "part_en" or "part_zh" (部件英文名 or 部件中文名)</source>
            <translation>missing column "part_en" or "part_zh" (部件英文名 or 部件中文名)</translation>
        </message>
        <message>
            <source>line %1, column %2 (%3)</source>
            <translation>line %1, column %2 (%3)</translation>
        </message>
        <message>
            <source>%1 fields, but the header names %2 columns</source>
            <translation>%1 fields, but the header names %2 columns</translation>
        </message>
        <message>
            <source>the part needs a name in English or Chinese</source>
            <translation>the part needs a name in English or Chinese</translation>
        </message>
        <message>
            <source>empty; name an emission factor id</source>
            <translation>empty; name an emission factor id</translation>
        </message>
        <message>
            <source>unknown factor "%1"; search with: carbonlabel-cli factors search WORDS</source>
            <translation>unknown factor "%1"; search with: carbonlabel-cli factors search WORDS</translation>
        </message>
        <message>
            <source>unknown factor "%1"; did you mean %2?</source>
            <translation>unknown factor "%1"; did you mean %2?</translation>
        </message>
        <message>
            <source> or </source>
            <translation> or </translation>
        </message>
        <message>
            <source>"%1" is not a number greater than zero</source>
            <translation>"%1" is not a number greater than zero</translation>
        </message>
        <message>
            <source>unknown unit "%1"</source>
            <translation>unknown unit "%1"</translation>
        </message>
        <message>
            <source>%1 is not an emission factor (its unit is %2)</source>
            <translation>%1 is not an emission factor (its unit is %2)</translation>
        </message>
        <message>
            <source>unit "%1" does not fit factor %2, which is per %3</source>
            <translation>unit "%1" does not fit factor %2, which is per %3</translation>
        </message>
        <message>
            <source>no rows after the header</source>
            <translation>no rows after the header</translation>
        </message>
        <message>
            <source>set to 1 as a placeholder; give --lifetime or edit the profile</source>
            <translation>set to 1 as a placeholder; give --lifetime or edit the profile</translation>
        </message>
    </context>
    <context>
        <name>carbonlabel::ContributionsModel</name>
        <message>
            <source>Packaging: %1</source>
            <translation>Packaging: %1</translation>
        </message>
        <message>
            <source>Assembly energy</source>
            <translation>Assembly energy</translation>
        </message>
        <message>
            <source>Transport: %1</source>
            <translation>Transport: %1</translation>
        </message>
        <message>
            <source>Annual energy</source>
            <translation>Annual energy</translation>
        </message>
        <message>
            <source>Use: %1</source>
            <translation>Use: %1</translation>
        </message>
        <message>
            <source>mode %1</source>
            <translation>mode %1</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Network</translation>
        </message>
        <message>
            <source>Data centre</source>
            <translation>Data centre</translation>
        </message>
        <message>
            <source>AI inference</source>
            <translation>AI inference</translation>
        </message>
        <message>
            <source>AI training (amortised)</source>
            <translation>AI training (amortised)</translation>
        </message>
        <message>
            <source>End of life: %1</source>
            <translation>End of life: %1</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Stage</translation>
        </message>
        <message>
            <source>Emission factor</source>
            <translation>Emission factor</translation>
        </message>
        <message>
            <source>kg CO2e</source>
            <translation>kg CO2e</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Share</translation>
        </message>
    </context>
    <context>
        <name>carbonlabel::CsvReader</name>
        <message>
            <source>a quote inside an unquoted field (quote the whole field and double the quote)</source>
            <translation>a quote inside an unquoted field (quote the whole field and double the quote)</translation>
        </message>
        <message>
            <source>the quote opened here is never closed</source>
            <translation>the quote opened here is never closed</translation>
        </message>
        <message>
            <source>unexpected character after a closing quote</source>
            <translation>unexpected character after a closing quote</translation>
        </message>
        <message>
            <source>the field is not valid UTF-8 text</source>
            <translation>the field is not valid UTF-8 text</translation>
        </message>
        <message>
            <source>cannot read %1: %2</source>
            <translation>cannot read %1: %2</translation>
        </message>
    </context>
    <context>
        <name>carbonlabel::DiagnosticsModel</name>
        <message>
            <source>Line %1, column %2</source>
            <translation>Line %1, column %2</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Where</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
    </context>
    <context>
        <name>carbonlabel::DigitalServicePage</name>
        <message>
            <source>Network transfer</source>
            <translation>Network transfer</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>GB per year</source>
            <translation>GB per year</translation>
        </message>
        <message>
            <source>Energy intensity</source>
            <translation>Energy intensity</translation>
        </message>
        <message>
            <source>kWh per GB</source>
            <translation>kWh per GB</translation>
        </message>
        <message>
            <source>Grid</source>
            <translation>Grid</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Model</translation>
        </message>
        <message>
            <source>Empty or “energy”: energy × grid; “swd-v4” or “swd-v3”: the Sustainable Web Design model</source>
            <translation>Empty or “energy”: energy × grid; “swd-v4” or “swd-v3”: the Sustainable Web Design model</translation>
        </message>
        <message>
            <source>Data centre</source>
            <translation>Data centre</translation>
        </message>
        <message>
            <source>IT energy</source>
            <translation>IT energy</translation>
        </message>
        <message>
            <source>kWh per year</source>
            <translation>kWh per year</translation>
        </message>
        <message>
            <source>PUE</source>
            <translation>PUE</translation>
        </message>
        <message>
            <source>≥ 1</source>
            <translation>≥ 1</translation>
        </message>
        <message>
            <source>Power usage effectiveness: facility energy over IT energy</source>
            <translation>Power usage effectiveness: facility energy over IT energy</translation>
        </message>
        <message>
            <source>AI inference and training</source>
            <translation>AI inference and training</translation>
        </message>
        <message>
            <source>Queries</source>
            <translation>Queries</translation>
        </message>
        <message>
            <source>per year</source>
            <translation>per year</translation>
        </message>
        <message>
            <source>Energy per query</source>
            <translation>Energy per query</translation>
        </message>
        <message>
            <source>Wh</source>
            <translation>Wh</translation>
        </message>
        <message>
            <source>Training energy</source>
            <translation>Training energy</translation>
        </message>
        <message>
            <source>MWh</source>
            <translation>MWh</translation>
        </message>
        <message>
            <source>Leave empty to count inference only</source>
            <translation>Leave empty to count inference only</translation>
        </message>
        <message>
            <source>Training grid</source>
            <translation>Training grid</translation>
        </message>
        <message>
            <source>Training shared by</source>
            <translation>Training shared by</translation>
        </message>
        <message>
            <source>queries</source>
            <translation>queries</translation>
        </message>
        <message>
            <source>All the queries the trained model will answer; this service bears its share</source>
            <translation>All the queries the trained model will answer; this service bears its share</translation>
        </message>
        <message>
            <source>Each part counts for every year of the product's lifetime. Switch a part on with its check box.</source>
            <translation>Each part counts for every year of the product's lifetime. Switch a part on with its check box.</translation>
        </message>
        <message>
            <source>Digital service</source>
            <translation>Digital service</translation>
        </message>
    </context>
    <context>
        <name>carbonlabel::DistributionDialog</name>
        <message>
            <source>Uncertainty of %1</source>
            <translation>Uncertainty of %1</translation>
        </message>
        <message>
            <source>Fixed: no uncertainty</source>
            <translation>Fixed: no uncertainty</translation>
        </message>
        <message>
            <source>Triangular: min, most likely, max</source>
            <translation>Triangular: min, most likely, max</translation>
        </message>
        <message>
            <source>Lognormal: median and GSD</source>
            <translation>Lognormal: median and GSD</translation>
        </message>
        <message>
            <source>Uniform: min to max</source>
            <translation>Uniform: min to max</translation>
        </message>
        <message>
            <source>Minimum</source>
            <translation>Minimum</translation>
        </message>
        <message>
            <source>Maximum</source>
            <translation>Maximum</translation>
        </message>
        <message>
            <source>GSD</source>
            <translation>GSD</translation>
        </message>
        <message>
            <source>Geometric standard deviation: about 68 % of the values lie between value ÷ GSD and value × GSD</source>
            <translation>Geometric standard deviation: about 68 % of the values lie between value ÷ GSD and value × GSD</translation>
        </message>
        <message>
            <source>Monte Carlo samples the number from this distribution; the footprint itself uses the value.</source>
            <translation>Monte Carlo samples the number from this distribution; the footprint itself uses the value.</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Distribution</source>
            <translation>Distribution</translation>
        </message>
        <message>
            <source>expected a number</source>
            <translation>expected a number</translation>
        </message>
    </context>
    <context>
        <name>carbonlabel::DistributionPage</name>
        <message>
            <source>Each leg carries the product and its packaging over a distance by one transport mode (a factor in kgCO2e/tkm). Leave the mass empty to carry the product and packaging mass.</source>
            <translation>Each leg carries the product and its packaging over a distance by one transport mode (a factor in kgCO2e/tkm). Leave the mass empty to carry the product and packaging mass.</translation>
        </message>
        <message>
            <source>No transport legs. Add the sea, air, rail or road legs with “+ Add line”.</source>
            <translation>No transport legs. Add the sea, air, rail or road legs with “+ Add line”.</translation>
        </message>
        <message>
            <source>Distribution</source>
            <translation>Distribution</translation>
        </message>
    </context>
    <context>
        <name>carbonlabel::EndOfLifePage</name>
        <message>
            <source>End of life</source>
            <translation>End of life</translation>
        </message>
        <message>
            <source>The product mass is treated by these routes; their shares must add up to 1. Recycling credits are reported apart, never subtracted.</source>
            <translation>The product mass is treated by these routes; their shares must add up to 1. Recycling credits are reported apart, never subtracted.</translation>
        </message>
        <message>
            <source>No routes. Add recycling, incineration or landfill with “+ Add line”.</source>
            <translation>No routes. Add recycling, incineration or landfill with “+ Add line”.</translation>
        </message>
        <message>
            <source>Carbon offsets</source>
            <translation>Carbon offsets</translation>
        </message>
        <message>
            <source>Offsets</source>
            <translation>Offsets</translation>
        </message>
        <message>
            <source>kg CO2e</source>
            <translation>kg CO2e</translation>
        </message>
        <message>
            <source>Standard</source>
            <translation>Standard</translation>
        </message>
        <message>
            <source>e.g. Gold Standard, Verra VCS</source>
            <translation>e.g. Gold Standard, Verra VCS</translation>
        </message>
        <message>
            <source>Certificate</source>
            <translation>Certificate</translation>
        </message>
        <message>
            <source>The retirement certificate's number or link</source>
            <translation>The retirement certificate's number or link</translation>
        </message>
        <message>
            <source>Offsets never change the footprint. The “carbon neutral” mark appears only when offsets with a named standard and certificate cover the whole total.</source>
            <translation>Offsets never change the footprint. The “carbon neutral” mark appears only when offsets with a named standard and certificate cover the whole total.</translation>
        </message>
    </context>
    <context>
        <name>carbonlabel::ExamplesMenu</name>
        <message>
            <source>No examples installed</source>
            <translation>No examples installed</translation>
        </message>
    </context>
    <context>
        <name>carbonlabel::FactorBrowser</name>
        <message>
            <source>Materials</source>
            <translation>Materials</translation>
        </message>
        <message>
            <source>Electronic components</source>
            <translation>Electronic components</translation>
        </message>
        <message>
            <source>Packaging</source>
            <translation>Packaging</translation>
        </message>
        <message>
            <source>Grid electricity</source>
            <translation>Grid electricity</translation>
        </message>
        <message>
            <source>Manufacturing energy</source>
            <translation>Manufacturing energy</translation>
        </message>
        <message>
            <source>Transport</source>
            <translation>Transport</translation>
        </message>
        <message>
            <source>End of life</source>
            <translation>End of life</translation>
        </message>
        <message>
            <source>Network transfer</source>
            <translation>Network transfer</translation>
        </message>
        <message>
            <source>Data centres</source>
            <translation>Data centres</translation>
        </message>
        <message>
            <source>Cloud compute</source>
            <translation>Cloud compute</translation>
        </message>
        <message>
            <source>Cloud storage</source>
            <translation>Cloud storage</translation>
        </message>
        <message>
            <source>Accelerators</source>
            <translation>Accelerators</translation>
        </message>
        <message>
            <source>Reference results</source>
            <translation>Reference results</translation>
        </message>
        <message numerus="yes">
            <source>%n factor(s)</source>
            <translation>
                <numerusform>%n factor</numerusform>
                <numerusform>%n factors</numerusform>
            </translation>
        </message>
        <message>
            <source>Search factors, e.g. aluminium, 电网, ship</source>
            <translation>Search factors, e.g. aluminium, 电网, ship</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Add…</translation>
        </message>
        <message>
            <source>Add a factor of your own to the user layer</source>
            <translation>Add a factor of your own to the user layer</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>Edit the selected factor; a shipped factor is overridden by a user copy</source>
            <translation>Edit the selected factor; a shipped factor is overridden by a user copy</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Remove the selected user factor</source>
            <translation>Remove the selected user factor</translation>
        </message>
        <message>
            <source>Import CSV…</source>
            <translation>Import CSV…</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Export CSV…</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>All categories</translation>
        </message>
        <message>
            <source>All regions</source>
            <translation>All regions</translation>
        </message>
        <message>
            <source>Select a factor to see where it comes from.</source>
            <translation>Select a factor to see where it comes from.</translation>
        </message>
        <message>
            <source>No factor matches “%1”. Try fewer or other words, in English or Chinese.</source>
            <translation>No factor matches “%1”. Try fewer or other words, in English or Chinese.</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Detail</translation>
        </message>
        <message>
            <source>Uncertainty (GSD)</source>
            <translation>Uncertainty (GSD)</translation>
        </message>
        <message>
            <source>Dataset</source>
            <translation>Dataset</translation>
        </message>
        <message>
            <source>your own factor (user layer)</source>
            <translation>your own factor (user layer)</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Remove factor</source>
            <translation>Remove factor</translation>
        </message>
        <message>
            <source>Remove your factor “%1”?</source>
            <translation>Remove your factor “%1”?</translation>
        </message>
        <message>
            <source>Import factors</source>
            <translation>Import factors</translation>
        </message>
        <message>
            <source>Factor tables (*.csv);;All files (*)</source>
            <translation>Factor tables (*.csv);;All files (*)</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was imported: the file has %n problem(s).</source>
            <translation>
                <numerusform>Nothing was imported: the file has %n problem.</numerusform>
                <numerusform>Nothing was imported: the file has %n problems.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n factor(s).</source>
            <translation>
                <numerusform>Imported %n factor.</numerusform>
                <numerusform>Imported %n factors.</numerusform>
            </translation>
        </message>
        <message>
            <source>Export your factors</source>
            <translation>Export your factors</translation>
        </message>
        <message>
            <source>Factor tables (*.csv)</source>
            <translation>Factor tables (*.csv)</translation>
        </message>
        <message>
            <source>Export factors</source>
            <translation>Export factors</translation>
        </message>
    </context>
    <context>
        <name>carbonlabel::FactorCsv</name>
        <message>
            <source>row %1</source>
            <translation>row %1</translation>
        </message>
        <message>
            <source>column "%1"</source>
            <translation>column "%1"</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>the id is empty</source>
            <translation>the id is empty</translation>
        </message>
        <message>
            <source>"%1" is not a valid id (use only a-z, 0-9 and _)</source>
            <translation>"%1" is not a valid id (use only a-z, 0-9 and _)</translation>
        </message>
        <message>
            <source>the value must be a finite number</source>
            <translation>the value must be a finite number</translation>
        </message>
        <message>
            <source>the unit is empty</source>
            <translation>the unit is empty</translation>
        </message>
        <message>
            <source>%1: a geometric standard deviation must be at least 1 (leave it empty when unknown)</source>
            <translation>%1: a geometric standard deviation must be at least 1 (leave it empty when unknown)</translation>
        </message>
        <message>
            <source>character %1: %2</source>
            <translation>character %1: %2</translation>
        </message>
        <message>
            <source>the file is empty; it needs a header row</source>
            <translation>the file is empty; it needs a header row</translation>
        </message>
        <message>
            <source>unknown column (expected some of: %1)</source>
            <translation>unknown column (expected some of: %1)</translation>
        </message>
        <message>
            <source>the column appears twice</source>
            <translation>the column appears twice</translation>
        </message>
        <message>
            <source>the required column is missing</source>
            <translation>the required column is missing</translation>
        </message>
        <message>
            <source>the row has %1 fields but the header has %2</source>
            <translation>the row has %1 fields but the header has %2</translation>
        </message>
        <message>
            <source>the value is empty</source>
            <translation>the value is empty</translation>
        </message>
        <message>
            <source>"%1" is not a number</source>
            <translation>"%1" is not a number</translation>
        </message>
        <message>
            <source>"%1" is not a whole year</source>
            <translation>"%1" is not a whole year</translation>
        </message>
        <message>
            <source>0: a geometric standard deviation must be at least 1 (leave it empty when unknown)</source>
            <translation>0: a geometric standard deviation must be at least 1 (leave it empty when unknown)</translation>
        </message>
        <message>
            <source>the id "%1" is already used on row %2</source>
            <translation>the id "%1" is already used on row %2</translation>
        </message>
    </context>
    <context>
        <name>carbonlabel::FactorDatabase</name>
        <message>
            <source>The dataset version is empty.</source>
            <translation>The dataset version is empty.</translation>
        </message>
        <message>
            <source>Cannot create the folder %1.</source>
            <translation>Cannot create the folder %1.</translation>
        </message>
        <message>
            <source>Cannot create a file beside %1: %2</source>
            <translation>Cannot create a file beside %1: %2</translation>
        </message>
        <message>
            <source>factor %1: %2</source>
            <translation>factor %1: %2</translation>
        </message>
        <message>
            <source>Cannot build %1: %2</source>
            <translation>Cannot build %1: %2</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Cannot write %1: %2</translation>
        </message>
        <message>
            <source>The factor database %1 does not exist.</source>
            <translation>The factor database %1 does not exist.</translation>
        </message>
        <message>
            <source>The factor database %1 is not a file.</source>
            <translation>The factor database %1 is not a file.</translation>
        </message>
        <message>
            <source>The factor database %1 is an empty file.</source>
            <translation>The factor database %1 is an empty file.</translation>
        </message>
        <message>
            <source>The user factors cannot be kept in the shipped database %1.</source>
            <translation>The user factors cannot be kept in the shipped database %1.</translation>
        </message>
        <message>
            <source>Cannot create %1: %2</source>
            <translation>Cannot create %1: %2</translation>
        </message>
        <message>
            <source>Cannot save the user factors in %1: %2</source>
            <translation>Cannot save the user factors in %1: %2</translation>
        </message>
        <message>
            <source>The factor database is not open.</source>
            <translation>The factor database is not open.</translation>
        </message>
        <message>
            <source>There is no user factor "%1".</source>
            <translation>There is no user factor "%1".</translation>
        </message>
        <message>
            <source>Cannot remove the user factor "%1" from %2: %3</source>
            <translation>Cannot remove the user factor "%1" from %2: %3</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
    </context>
    <context>
        <name>carbonlabel::FactorDbTool</name>
        <message>
            <source>usage: carbonlabel-factordb FACTORS.csv OUT.sqlite DATASET_VERSION</source>
            <translation>usage: carbonlabel-factordb FACTORS.csv OUT.sqlite DATASET_VERSION</translation>
        </message>
        <message>
            <source>column "%1": </source>
            <translation>column "%1": </translation>
        </message>
        <message>
            <source>factors: %1 rows, dataset %2 -&gt; %3</source>
            <translation>factors: %1 rows, dataset %2 -&gt; %3</translation>
        </message>
    </context>
    <context>
        <name>carbonlabel::FactorDialog</name>
        <message>
            <source>New factor</source>
            <translation>New factor</translation>
        </message>
        <message>
            <source>Edit factor</source>
            <translation>Edit factor</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Name (English)</source>
            <translation>Name (English)</translation>
        </message>
        <message>
            <source>Name (Chinese)</source>
            <translation>Name (Chinese)</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Source detail</source>
            <translation>Source detail</translation>
        </message>
        <message>
            <source>Uncertainty (GSD)</source>
            <translation>Uncertainty (GSD)</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Letters, digits and underscores; start your own with user_</source>
            <translation>Letters, digits and underscores; start your own with user_</translation>
        </message>
        <message>
            <source>Emitted mass per unit, e.g. kgCO2e/kg, kgCO2e/kWh, kgCO2e/tkm</source>
            <translation>Emitted mass per unit, e.g. kgCO2e/kg, kgCO2e/kWh, kgCO2e/tkm</translation>
        </message>
        <message>
            <source>optional, ≥ 1</source>
            <translation>optional, ≥ 1</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>optional</translation>
        </message>
        <message>
            <source>This factor is shipped with the program. Saving keeps your version in the user layer, where it overrides the shipped one; removing yours brings the shipped one back.</source>
            <translation>This factor is shipped with the program. Saving keeps your version in the user layer, where it overrides the shipped one; removing yours brings the shipped one back.</translation>
        </message>
        <message>
            <source>expected a year such as 2024</source>
            <translation>expected a year such as 2024</translation>
        </message>
        <message>
            <source>expected a number of at least 1</source>
            <translation>expected a number of at least 1</translation>
        </message>
        <message>
            <source>give the factor a name in English or Chinese</source>
            <translation>give the factor a name in English or Chinese</translation>
        </message>
        <message>
            <source>say where the value comes from, so others can trace it</source>
            <translation>say where the value comes from, so others can trace it</translation>
        </message>
    </context>
    <context>
        <name>carbonlabel::FactorEdit</name>
        <message>
            <source>Search in English or Chinese…</source>
            <translation>Search in English or Chinese…</translation>
        </message>
        <message>
            <source>Use current value</source>
            <translation>Use current value</translation>
        </message>
        <message>
            <source>Record the database's current value in this profile</source>
            <translation>Record the database's current value in this profile</translation>
        </message>
        <message>
            <source>%1 — changed: this profile recorded %2 %3 (dataset %4)</source>
            <translation>%1 — changed: this profile recorded %2 %3 (dataset %4)</translation>
        </message>
    </context>
    <context>
        <name>carbonlabel::FactorSearchModel</name>
        <message>
            <source>%1 (user)</source>
            <translation>%1 (user)</translation>
        </message>
        <message>
            <source>Emission factor</source>
            <translation>Emission factor</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
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
            <translation>Cannot open %1: %2</translation>
        </message>
        <message>
            <source>out of memory</source>
            <translation>out of memory</translation>
        </message>
        <message>
            <source>%1 is not a readable SQLite database (%2).</source>
            <translation>%1 is not a readable SQLite database (%2).</translation>
        </message>
        <message>
            <source>%1 is not a CarbonLabel factor database: its tables are missing.</source>
            <translation>%1 is not a CarbonLabel factor database: its tables are missing.</translation>
        </message>
        <message>
            <source>%1 is not a CarbonLabel factor database: it has no schema version.</source>
            <translation>%1 is not a CarbonLabel factor database: it has no schema version.</translation>
        </message>
        <message>
            <source>%1 has schema version %2; this program reads version %3.</source>
            <translation>%1 has schema version %2; this program reads version %3.</translation>
        </message>
        <message>
            <source>%1 is not a CarbonLabel factor database: it has no dataset version.</source>
            <translation>%1 is not a CarbonLabel factor database: it has no dataset version.</translation>
        </message>
        <message>
            <source>%1 is damaged: the file is shorter than its header says.</source>
            <translation>%1 is damaged: the file is shorter than its header says.</translation>
        </message>
        <message>
            <source>%1 is damaged (%2).</source>
            <translation>%1 is damaged (%2).</translation>
        </message>
        <message>
            <source>%1 is damaged: it should hold %2 factors but holds %3.</source>
            <translation>%1 is damaged: it should hold %2 factors but holds %3.</translation>
        </message>
        <message>
            <source>cannot store factor %1: %2</source>
            <translation>cannot store factor %1: %2</translation>
        </message>
        <message>
            <source>cannot index factor %1: %2</source>
            <translation>cannot index factor %1: %2</translation>
        </message>
        <message>
            <source>cannot remove factor %1: %2</source>
            <translation>cannot remove factor %1: %2</translation>
        </message>
    </context>
    <context>
        <name>carbonlabel::FieldEdit</name>
        <message>
            <source>Uncertainty…</source>
            <translation>Uncertainty…</translation>
        </message>
        <message>
            <source>Uncertainty: %1</source>
            <translation>Uncertainty: %1</translation>
        </message>
    </context>
    <context>
        <name>carbonlabel::FieldNames</name>
        <message>
            <source>product ID</source>
            <translation>product ID</translation>
        </message>
        <message>
            <source>name</source>
            <translation>name</translation>
        </message>
        <message>
            <source>category</source>
            <translation>category</translation>
        </message>
        <message>
            <source>lifetime</source>
            <translation>lifetime</translation>
        </message>
        <message>
            <source>mass</source>
            <translation>mass</translation>
        </message>
        <message>
            <source>functional unit</source>
            <translation>functional unit</translation>
        </message>
        <message>
            <source>description</source>
            <translation>description</translation>
        </message>
        <message>
            <source>part</source>
            <translation>part</translation>
        </message>
        <message>
            <source>emission factor</source>
            <translation>emission factor</translation>
        </message>
        <message>
            <source>quantity</source>
            <translation>quantity</translation>
        </message>
        <message>
            <source>unit</source>
            <translation>unit</translation>
        </message>
        <message>
            <source>assembly energy</source>
            <translation>assembly energy</translation>
        </message>
        <message>
            <source>electricity grid</source>
            <translation>electricity grid</translation>
        </message>
        <message>
            <source>yield loss</source>
            <translation>yield loss</translation>
        </message>
        <message>
            <source>transport mode</source>
            <translation>transport mode</translation>
        </message>
        <message>
            <source>distance</source>
            <translation>distance</translation>
        </message>
        <message>
            <source>annual energy</source>
            <translation>annual energy</translation>
        </message>
        <message>
            <source>power modes</source>
            <translation>power modes</translation>
        </message>
        <message>
            <source>power</source>
            <translation>power</translation>
        </message>
        <message>
            <source>hours per day</source>
            <translation>hours per day</translation>
        </message>
        <message>
            <source>days per year</source>
            <translation>days per year</translation>
        </message>
        <message>
            <source>data per year</source>
            <translation>data per year</translation>
        </message>
        <message>
            <source>energy per GB</source>
            <translation>energy per GB</translation>
        </message>
        <message>
            <source>model</source>
            <translation>model</translation>
        </message>
        <message>
            <source>green hosting share</source>
            <translation>green hosting share</translation>
        </message>
        <message>
            <source>energy per year</source>
            <translation>energy per year</translation>
        </message>
        <message>
            <source>PUE</source>
            <translation>PUE</translation>
        </message>
        <message>
            <source>queries per year</source>
            <translation>queries per year</translation>
        </message>
        <message>
            <source>energy per query</source>
            <translation>energy per query</translation>
        </message>
        <message>
            <source>training energy</source>
            <translation>training energy</translation>
        </message>
        <message>
            <source>training grid</source>
            <translation>training grid</translation>
        </message>
        <message>
            <source>queries sharing the training</source>
            <translation>queries sharing the training</translation>
        </message>
        <message>
            <source>routes</source>
            <translation>routes</translation>
        </message>
        <message>
            <source>share</source>
            <translation>share</translation>
        </message>
        <message>
            <source>offsets</source>
            <translation>offsets</translation>
        </message>
        <message>
            <source>standard</source>
            <translation>standard</translation>
        </message>
        <message>
            <source>certificate</source>
            <translation>certificate</translation>
        </message>
        <message>
            <source>minimum</source>
            <translation>minimum</translation>
        </message>
        <message>
            <source>maximum</source>
            <translation>maximum</translation>
        </message>
        <message>
            <source>geometric standard deviation</source>
            <translation>geometric standard deviation</translation>
        </message>
        <message>
            <source>value</source>
            <translation>value</translation>
        </message>
    </context>
    <context>
        <name>carbonlabel::FootprintPanel</name>
        <message>
            <source>Carbon footprint, cradle to grave</source>
            <translation>Carbon footprint, cradle to grave</translation>
        </message>
        <message>
            <source>kg CO2e</source>
            <translation>kg CO2e</translation>
        </message>
        <message>
            <source>Lifecycle stages</source>
            <translation>Lifecycle stages</translation>
        </message>
        <message>
            <source>Largest contributors</source>
            <translation>Largest contributors</translation>
        </message>
        <message>
            <source>Unnamed product</source>
            <translation>Unnamed product</translation>
        </message>
        <message numerus="yes">
            <source>Not up to date: %n problem(s) in the profile. Fix the marked fields to see the footprint again.</source>
            <translation>
                <numerusform>Not up to date: %n problem in the profile. Fix the marked fields to see the footprint again.</numerusform>
                <numerusform>Not up to date: %n problems in the profile. Fix the marked fields to see the footprint again.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) in the profile. Fix the marked fields to see the footprint.</source>
            <translation>
                <numerusform>%n problem in the profile. Fix the marked fields to see the footprint.</numerusform>
                <numerusform>%n problems in the profile. Fix the marked fields to see the footprint.</numerusform>
            </translation>
        </message>
        <message>
            <source>Offsets: %1 kg CO2e, shown beside the total, never subtracted.</source>
            <translation>Offsets: %1 kg CO2e, shown beside the total, never subtracted.</translation>
        </message>
        <message>
            <source>Carbon neutral: certified offsets cover the whole footprint.</source>
            <translation>Carbon neutral: certified offsets cover the whole footprint.</translation>
        </message>
        <message>
            <source>Recycling credits: %1 kg CO2e, reported apart.</source>
            <translation>Recycling credits: %1 kg CO2e, reported apart.</translation>
        </message>
        <message>
            <source>No problems</source>
            <translation>No problems</translation>
        </message>
        <message>
            <source>Problems: %1, %2</source>
            <translation>Problems: %1, %2</translation>
        </message>
        <message numerus="yes">
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n error</numerusform>
                <numerusform>%n errors</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n warning</numerusform>
                <numerusform>%n warnings</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>carbonlabel::LabelPreview</name>
        <message>
            <source>Badge (box label)</source>
            <translation>Badge (box label)</translation>
        </message>
        <message>
            <source>Product sheet (A4)</source>
            <translation>Product sheet (A4)</translation>
        </message>
        <message>
            <source>Chinese and English</source>
            <translation>Chinese and English</translation>
        </message>
        <message>
            <source>English</source>
            <translation>English</translation>
        </message>
        <message>
            <source>Chinese</source>
            <translation>Chinese</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation>Export PDF…</translation>
        </message>
        <message>
            <source>Previous page</source>
            <translation>Previous page</translation>
        </message>
        <message>
            <source>Next page</source>
            <translation>Next page</translation>
        </message>
        <message>
            <source>The label appears when the profile has no problems.</source>
            <translation>The label appears when the profile has no problems.</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Page %1 of %2</translation>
        </message>
        <message>
            <source>The profile has problems; fix them before exporting a label.</source>
            <translation>The profile has problems; fix them before exporting a label.</translation>
        </message>
        <message>
            <source>Export label</source>
            <translation>Export label</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>carbonlabel::ListEditor</name>
        <message>
            <source>+ Add line</source>
            <translation>+ Add line</translation>
        </message>
        <message>
            <source>Add a line below the selected one</source>
            <translation>Add a line below the selected one</translation>
        </message>
        <message>
            <source>− Remove</source>
            <translation>− Remove</translation>
        </message>
        <message>
            <source>Remove the selected line</source>
            <translation>Remove the selected line</translation>
        </message>
        <message>
            <source>▲</source>
            <translation>▲</translation>
        </message>
        <message>
            <source>Move the selected line up</source>
            <translation>Move the selected line up</translation>
        </message>
        <message>
            <source>▼</source>
            <translation>▼</translation>
        </message>
        <message>
            <source>Move the selected line down</source>
            <translation>Move the selected line down</translation>
        </message>
        <message>
            <source>Uncertainty…</source>
            <translation>Uncertainty…</translation>
        </message>
    </context>
    <context>
        <name>carbonlabel::MainWindow</name>
        <message>
            <source>Autosave failed: %1</source>
            <translation>Autosave failed: %1</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>New from &amp;example</source>
            <translation>New from &amp;example</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>Open &amp;recent</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Main toolbar</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <translation>&amp;New</translation>
        </message>
        <message>
            <source>Start a new, empty profile</source>
            <translation>Start a new, empty profile</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Open…</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>Save &amp;as…</source>
            <translation>Save &amp;as…</translation>
        </message>
        <message>
            <source>&amp;Export label…</source>
            <translation>&amp;Export label…</translation>
        </message>
        <message>
            <source>&amp;Batch export labels…</source>
            <translation>&amp;Batch export labels…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Settings…</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Undo</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Redo</translation>
        </message>
        <message>
            <source>&amp;About CarbonLabel</source>
            <translation>&amp;About CarbonLabel</translation>
        </message>
        <message>
            <source>Emission factors</source>
            <translation>Emission factors</translation>
        </message>
        <message>
            <source>Emission &amp;factors</source>
            <translation>Emission &amp;factors</translation>
        </message>
        <message>
            <source>Footprint</source>
            <translation>Footprint</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Label</translation>
        </message>
        <message>
            <source>%1[*] — CarbonLabel</source>
            <translation>%1[*] — CarbonLabel</translation>
        </message>
        <message>
            <source>Computed in %1 ms</source>
            <translation>Computed in %1 ms</translation>
        </message>
        <message>
            <source>Factor dataset %1</source>
            <translation>Factor dataset %1</translation>
        </message>
        <message>
            <source>No factor database</source>
            <translation>No factor database</translation>
        </message>
        <message>
            <source>New from example</source>
            <translation>New from example</translation>
        </message>
        <message>
            <source>New profile from the example %1</source>
            <translation>New profile from the example %1</translation>
        </message>
        <message>
            <source>Open profile</source>
            <translation>Open profile</translation>
        </message>
        <message>
            <source>CarbonLabel profiles (*.clprofile.json);;JSON files (*.json);;All files (*)</source>
            <translation>CarbonLabel profiles (*.clprofile.json);;JSON files (*.json);;All files (*)</translation>
        </message>
        <message>
            <source>Opened %1</source>
            <translation>Opened %1</translation>
        </message>
        <message numerus="yes">
            <source>Opened %1 with %n problem(s), marked in the editor</source>
            <translation>
                <numerusform>Opened %1 with %n problem, marked in the editor</numerusform>
                <numerusform>Opened %1 with %n problems, marked in the editor</numerusform>
            </translation>
        </message>
        <message>
            <source>Save profile</source>
            <translation>Save profile</translation>
        </message>
        <message>
            <source>CarbonLabel profiles (*.clprofile.json)</source>
            <translation>CarbonLabel profiles (*.clprofile.json)</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>Saved %1</translation>
        </message>
        <message numerus="yes">
            <source>Saved %1; it still has %n problem(s)</source>
            <translation>
                <numerusform>Saved %1; it still has %n problem</numerusform>
                <numerusform>Saved %1; it still has %n problems</numerusform>
            </translation>
        </message>
        <message>
            <source>Recover</source>
            <translation>Recover</translation>
        </message>
        <message>
            <source>Recovered the unsaved changes of %1</source>
            <translation>Recovered the unsaved changes of %1</translation>
        </message>
        <message>
            <source>About CarbonLabel</source>
            <translation>About CarbonLabel</translation>
        </message>
        <message>
            <source>&lt;h3&gt;CarbonLabel 碳标签 %1&lt;/h3&gt;&lt;p&gt;Carbon footprints and carbon-transparency labels for ICT products and digital services, computed cradle to grave as ISO 14067 and GB/T 24067 describe.&lt;/p&gt;&lt;p&gt;Factor dataset %2.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;CarbonLabel 碳标签 %1&lt;/h3&gt;&lt;p&gt;Carbon footprints and carbon-transparency labels for ICT products and digital services, computed cradle to grave as ISO 14067 and GB/T 24067 describe.&lt;/p&gt;&lt;p&gt;Factor dataset %2.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Analyses</source>
            <translation>Analyses</translation>
        </message>
        <message>
            <source>Uncertainty</source>
            <translation>Uncertainty</translation>
        </message>
        <message>
            <source>Refresh cycles</source>
            <translation>Refresh cycles</translation>
        </message>
        <message>
            <source>Where to run</source>
            <translation>Where to run</translation>
        </message>
        <message>
            <source>Import bill of materials</source>
            <translation>Import bill of materials</translation>
        </message>
        <message>
            <source>Bills of materials (*.csv);;All files (*)</source>
            <translation>Bills of materials (*.csv);;All files (*)</translation>
        </message>
        <message>
            <source>&amp;Import bill of materials…</source>
            <translation>&amp;Import bill of materials…</translation>
        </message>
        <message>
            <source>A new profile from a CSV of parts: part_en, part_zh, factor, quantity, unit</source>
            <translation>A new profile from a CSV of parts: part_en, part_zh, factor, quantity, unit</translation>
        </message>
        <message>
            <source>New profile from the bill of materials %1</source>
            <translation>New profile from the bill of materials %1</translation>
        </message>
    </context>
    <context>
        <name>carbonlabel::ManufacturingPage</name>
        <message>
            <source>Manufacturing</source>
            <translation>Manufacturing</translation>
        </message>
        <message>
            <source>Assembly energy</source>
            <translation>Assembly energy</translation>
        </message>
        <message>
            <source>kWh per product</source>
            <translation>kWh per product</translation>
        </message>
        <message>
            <source>Factory grid</source>
            <translation>Factory grid</translation>
        </message>
        <message>
            <source>Yield loss</source>
            <translation>Yield loss</translation>
        </message>
        <message>
            <source>fraction, e.g. 0.03</source>
            <translation>fraction, e.g. 0.03</translation>
        </message>
        <message>
            <source>The materials are counted (1 + yield loss) times</source>
            <translation>The materials are counted (1 + yield loss) times</translation>
        </message>
        <message>
            <source>No packaging. Add the box, trays and bags with “+ Add line”.</source>
            <translation>No packaging. Add the box, trays and bags with “+ Add line”.</translation>
        </message>
        <message>
            <source>Packaging</source>
            <translation>Packaging</translation>
        </message>
    </context>
    <context>
        <name>carbonlabel::MaterialsPage</name>
        <message>
            <source>Each line is a part: a quantity of what an emission factor describes. Type in the factor column to search the database in English or Chinese; the unit list offers the units that convert to the factor's.</source>
            <translation>Each line is a part: a quantity of what an emission factor describes. Type in the factor column to search the database in English or Chinese; the unit list offers the units that convert to the factor's.</translation>
        </message>
        <message>
            <source>No materials yet. Add the parts of the product with “+ Add line”.</source>
            <translation>No materials yet. Add the parts of the product with “+ Add line”.</translation>
        </message>
        <message>
            <source>Materials</source>
            <translation>Materials</translation>
        </message>
    </context>
    <context>
        <name>carbonlabel::PactExporter</name>
        <message>
            <source>unknown PACT version "%1"; use 3.0 or 2.3</source>
            <translation>unknown PACT version "%1"; use 3.0 or 2.3</translation>
        </message>
        <message>
            <source>the profile could not be read</source>
            <translation>the profile could not be read</translation>
        </message>
        <message>
            <source>missing; PACT requires %1 and CarbonLabel does not make it up</source>
            <translation>missing; PACT requires %1 and CarbonLabel does not make it up</translation>
        </message>
        <message>
            <source>"%1" is not a URN (urn:&lt;namespace&gt;:&lt;id&gt;)</source>
            <translation>"%1" is not a URN (urn:&lt;namespace&gt;:&lt;id&gt;)</translation>
        </message>
        <message>
            <source>must not repeat an identifier</source>
            <translation>must not repeat an identifier</translation>
        </message>
        <message>
            <source>must be an ISO 8601 date or date-time</source>
            <translation>must be an ISO 8601 date or date-time</translation>
        </message>
        <message>
            <source>must be after the start</source>
            <translation>must be after the start</translation>
        </message>
        <message>
            <source>must be an ISO 3166-1 alpha-2 code such as CN</source>
            <translation>must be an ISO 3166-1 alpha-2 code such as CN</translation>
        </message>
        <message>
            <source>"%1" is not of the form AR&lt;number&gt;</source>
            <translation>"%1" is not of the form AR&lt;number&gt;</translation>
        </message>
        <message>
            <source>Cradle-to-gate: materials and components (with yield loss), assembly energy, packaging, and distribution to the customer's gate. The use phase and end of life are excluded.</source>
            <translation>Cradle-to-gate: materials and components (with yield loss), assembly energy, packaging, and distribution to the customer's gate. The use phase and end of life are excluded.</translation>
        </message>
        <message>
            <source>Exported by CarbonLabel from profile "%1" with factor dataset %2. Cradle-to-gate only (materials and manufacturing %3 kg CO2e plus distribution %4 kg CO2e per piece). The factors give total CO2e without a fossil/biogenic split, so the total is reported as fossil and biogenic CO2 uptake as zero.</source>
            <translation>Exported by CarbonLabel from profile "%1" with factor dataset %2. Cradle-to-gate only (materials and manufacturing %3 kg CO2e plus distribution %4 kg CO2e per piece). The factors give total CO2e without a fossil/biogenic split, so the total is reported as fossil and biogenic CO2 uptake as zero.</translation>
        </message>
        <message>
            <source>These factors count CO2 only, without the other greenhouse gases: %1.</source>
            <translation>These factors count CO2 only, without the other greenhouse gases: %1.</translation>
        </message>
    </context>
    <context>
        <name>carbonlabel::PactFields</name>
        <message>
            <source>must be an object</source>
            <translation>must be an object</translation>
        </message>
        <message>
            <source>must be a string</source>
            <translation>must be a string</translation>
        </message>
        <message>
            <source>must be a list of strings</source>
            <translation>must be a list of strings</translation>
        </message>
        <message>
            <source>must be a number, zero or more</source>
            <translation>must be a number, zero or more</translation>
        </message>
    </context>
    <context>
        <name>carbonlabel::ProductPage</name>
        <message>
            <source>Name (English)</source>
            <translation>Name (English)</translation>
        </message>
        <message>
            <source>Name (Chinese)</source>
            <translation>Name (Chinese)</translation>
        </message>
        <message>
            <source>Product ID</source>
            <translation>Product ID</translation>
        </message>
        <message>
            <source>A short identifier, e.g. a model number; printed on no label</source>
            <translation>A short identifier, e.g. a model number; printed on no label</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>e.g. laptop, smartphone, peripheral, server, digital service</source>
            <translation>e.g. laptop, smartphone, peripheral, server, digital service</translation>
        </message>
        <message>
            <source>Lifetime</source>
            <translation>Lifetime</translation>
        </message>
        <message>
            <source>years</source>
            <translation>years</translation>
        </message>
        <message>
            <source>How long the product is used; the use phase counts this many years</source>
            <translation>How long the product is used; the use phase counts this many years</translation>
        </message>
        <message>
            <source>Mass</source>
            <translation>Mass</translation>
        </message>
        <message>
            <source>kg</source>
            <translation>kg</translation>
        </message>
        <message>
            <source>Leave empty to use the sum of the materials given in mass units</source>
            <translation>Leave empty to use the sum of the materials given in mass units</translation>
        </message>
        <message>
            <source>Functional unit (English)</source>
            <translation>Functional unit (English)</translation>
        </message>
        <message>
            <source>Functional unit (Chinese)</source>
            <translation>Functional unit (Chinese)</translation>
        </message>
        <message>
            <source>Description (English)</source>
            <translation>Description (English)</translation>
        </message>
        <message>
            <source>Say here which numbers are assumptions</source>
            <translation>Say here which numbers are assumptions</translation>
        </message>
        <message>
            <source>Description (Chinese)</source>
            <translation>Description (Chinese)</translation>
        </message>
        <message>
            <source>Both names are printed on bilingual labels. A field with a red outline has a problem; point at it to read what is wrong.</source>
            <translation>Both names are printed on bilingual labels. A field with a red outline has a problem; point at it to read what is wrong.</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Product</translation>
        </message>
    </context>
    <context>
        <name>carbonlabel::ProfileDelegate</name>
        <message>
            <source>Search in English or Chinese…</source>
            <translation>Search in English or Chinese…</translation>
        </message>
    </context>
    <context>
        <name>carbonlabel::ProfileDocument</name>
        <message>
            <source>New product</source>
            <translation>New product</translation>
        </message>
        <message>
            <source>Cannot open %1: %2</source>
            <translation>Cannot open %1: %2</translation>
        </message>
        <message>
            <source>%1 is not a profile this program can open: %2</source>
            <translation>%1 is not a profile this program can open: %2</translation>
        </message>
        <message>
            <source>The file</source>
            <translation>The file</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Untitled</translation>
        </message>
        <message>
            <source>Move row</source>
            <translation>Move row</translation>
        </message>
        <message>
            <source>Add %1</source>
            <translation>Add %1</translation>
        </message>
        <message>
            <source>Remove %1</source>
            <translation>Remove %1</translation>
        </message>
    </context>
    <context>
        <name>carbonlabel::ProfileEditor</name>
        <message numerus="yes">
            <source>%n problem(s) on this page</source>
            <translation>
                <numerusform>%n problem on this page</numerusform>
                <numerusform>%n problems on this page</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>carbonlabel::ProfileListModel</name>
        <message>
            <source>Part (English)</source>
            <translation>Part (English)</translation>
        </message>
        <message>
            <source>Part (Chinese)</source>
            <translation>Part (Chinese)</translation>
        </message>
        <message>
            <source>Emission factor</source>
            <translation>Emission factor</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Quantity</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>kg CO2e</source>
            <translation>kg CO2e</translation>
        </message>
        <message>
            <source>Transport mode</source>
            <translation>Transport mode</translation>
        </message>
        <message>
            <source>Distance (km)</source>
            <translation>Distance (km)</translation>
        </message>
        <message>
            <source>Mass carried (kg)</source>
            <translation>Mass carried (kg)</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Mode</translation>
        </message>
        <message>
            <source>Power (W)</source>
            <translation>Power (W)</translation>
        </message>
        <message>
            <source>Hours per day</source>
            <translation>Hours per day</translation>
        </message>
        <message>
            <source>Days per year</source>
            <translation>Days per year</translation>
        </message>
        <message>
            <source>Treatment</source>
            <translation>Treatment</translation>
        </message>
        <message>
            <source>Share (0–1)</source>
            <translation>Share (0–1)</translation>
        </message>
        <message>
            <source>The database now gives %1 %2 (dataset %3); this profile recorded %4 %5 (dataset %6).</source>
            <translation>The database now gives %1 %2 (dataset %3); this profile recorded %4 %5 (dataset %6).</translation>
        </message>
        <message>
            <source>Change emission factor</source>
            <translation>Change emission factor</translation>
        </message>
    </context>
    <context>
        <name>carbonlabel::RecentFilesMenu</name>
        <message>
            <source>No recent profiles</source>
            <translation>No recent profiles</translation>
        </message>
        <message>
            <source>Clear the list</source>
            <translation>Clear the list</translation>
        </message>
    </context>
    <context>
        <name>carbonlabel::RecoveryBox</name>
        <message>
            <source>Recover unsaved changes</source>
            <translation>Recover unsaved changes</translation>
        </message>
        <message>
            <source>an untitled profile</source>
            <translation>an untitled profile</translation>
        </message>
        <message>
            <source>CarbonLabel did not close properly. Unsaved changes to %1 were kept at %2.</source>
            <translation>CarbonLabel did not close properly. Unsaved changes to %1 were kept at %2.</translation>
        </message>
        <message>
            <source>Recover them now? Otherwise they are deleted.</source>
            <translation>Recover them now? Otherwise they are deleted.</translation>
        </message>
        <message>
            <source>Recover</source>
            <translation>Recover</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
    </context>
    <context>
        <name>carbonlabel::RefreshCycleModel</name>
        <message>
            <source>The analysis appears when the profile has no problems.</source>
            <translation>The analysis appears when the profile has no problems.</translation>
        </message>
        <message>
            <source>These inputs cannot be analysed: the cycles must lie within the horizon.</source>
            <translation>These inputs cannot be analysed: the cycles must lie within the horizon.</translation>
        </message>
        <message numerus="yes">
            <source>%n year(s) — best</source>
            <translation>
                <numerusform>%n year — best</numerusform>
                <numerusform>%n years — best</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n year(s)</source>
            <translation>
                <numerusform>%n year</numerusform>
                <numerusform>%n years</numerusform>
            </translation>
        </message>
        <message>
            <source>Replace every</source>
            <translation>Replace every</translation>
        </message>
        <message>
            <source>Devices</source>
            <translation>Devices</translation>
        </message>
        <message>
            <source>Embodied</source>
            <translation>Embodied</translation>
        </message>
        <message>
            <source>Use</source>
            <translation>Use</translation>
        </message>
        <message>
            <source>kg CO2e a year</source>
            <translation>kg CO2e a year</translation>
        </message>
    </context>
    <context>
        <name>carbonlabel::RefreshView</name>
        <message>
            <source>Refresh cycles: when to replace the device</source>
            <translation>Refresh cycles: when to replace the device</translation>
        </message>
        <message>
            <source>Horizon</source>
            <translation>Horizon</translation>
        </message>
        <message>
            <source> years</source>
            <translation> years</translation>
        </message>
        <message>
            <source>Cycles</source>
            <translation>Cycles</translation>
        </message>
        <message>
            <source>Embodied</source>
            <translation>Embodied</translation>
        </message>
        <message>
            <source>Energy</source>
            <translation>Energy</translation>
        </message>
        <message>
            <source>Grid</source>
            <translation>Grid</translation>
        </message>
        <message>
            <source> %/yr</source>
            <translation> %/yr</translation>
        </message>
        <message>
            <source>Yearly change of a new device's embodied emissions</source>
            <translation>Yearly change of a new device's embodied emissions</translation>
        </message>
        <message>
            <source>Yearly change of a new device's annual energy</source>
            <translation>Yearly change of a new device's annual energy</translation>
        </message>
        <message>
            <source>Yearly change of the grid's emission factor</source>
            <translation>Yearly change of the grid's emission factor</translation>
        </message>
        <message>
            <source>Old device</source>
            <translation>Old device</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>The annual energy of the device in use today, to ask whether replacing it now pays back</source>
            <translation>The annual energy of the device in use today, to ask whether replacing it now pays back</translation>
        </message>
        <message>
            <source>New device: %1 kg CO2e to make, ship and dispose of; %2 kWh a year on a grid of %3 kg CO2e/kWh.</source>
            <translation>New device: %1 kg CO2e to make, ship and dispose of; %2 kWh a year on a grid of %3 kg CO2e/kWh.</translation>
        </message>
        <message>
            <source>year</source>
            <translation>year</translation>
        </message>
        <message>
            <source>kg CO2e, cumulative</source>
            <translation>kg CO2e, cumulative</translation>
        </message>
        <message numerus="yes">
            <source>every %n year(s)</source>
            <translation>
                <numerusform>every %n year</numerusform>
                <numerusform>every %n years</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Best: replace every %n year(s). Give the old device's annual energy to see when replacing it now pays back.</source>
            <translation>
                <numerusform>Best: replace every %n year. Give the old device's annual energy to see when replacing it now pays back.</numerusform>
                <numerusform>Best: replace every %n years. Give the old device's annual energy to see when replacing it now pays back.</numerusform>
            </translation>
        </message>
        <message>
            <source>Best: replace every %1. Replacing the old device now pays back in year %2.</source>
            <translation>Best: replace every %1. Replacing the old device now pays back in year %2.</translation>
        </message>
        <message numerus="yes">
            <source>%n year(s)</source>
            <translation>
                <numerusform>%n year</numerusform>
                <numerusform>%n years</numerusform>
            </translation>
        </message>
        <message>
            <source>Best: replace every %1. Replacing the old device now never pays back within %2 years.</source>
            <translation>Best: replace every %1. Replacing the old device now never pays back within %2 years.</translation>
        </message>
    </context>
    <context>
        <name>carbonlabel::RowCommand</name>
        <message>
            <source>Add row</source>
            <translation>Add row</translation>
        </message>
        <message>
            <source>Remove row</source>
            <translation>Remove row</translation>
        </message>
    </context>
    <context>
        <name>carbonlabel::SetFieldCommand</name>
        <message>
            <source>Edit %1</source>
            <translation>Edit %1</translation>
        </message>
    </context>
    <context>
        <name>carbonlabel::SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>General</source>
            <translation>General</translation>
        </message>
        <message>
            <source>Default label</source>
            <translation>Default label</translation>
        </message>
        <message>
            <source>Never lose work</source>
            <translation>Never lose work</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Default grid</source>
            <translation>Default grid</translation>
        </message>
        <message>
            <source>The electricity grid new profiles and new sections start with</source>
            <translation>The electricity grid new profiles and new sections start with</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Badge size</source>
            <translation>Badge size</translation>
        </message>
        <message>
            <source>Save a recovery copy of unsaved changes</source>
            <translation>Save a recovery copy of unsaved changes</translation>
        </message>
        <message>
            <source>Every</source>
            <translation>Every</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>System language</translation>
        </message>
        <message>
            <source>Badge (box label)</source>
            <translation>Badge (box label)</translation>
        </message>
        <message>
            <source>Product sheet (A4)</source>
            <translation>Product sheet (A4)</translation>
        </message>
        <message>
            <source>Chinese and English</source>
            <translation>Chinese and English</translation>
        </message>
        <message>
            <source>English</source>
            <translation>English</translation>
        </message>
        <message>
            <source>Chinese</source>
            <translation>Chinese</translation>
        </message>
    </context>
    <context>
        <name>carbonlabel::SnapshotBanner</name>
        <message>
            <source>Review…</source>
            <translation>Review…</translation>
        </message>
        <message numerus="yes">
            <source>%n factor(s) in the database differ from the values recorded in this profile. The footprint uses the database's values; update the record one factor at a time.</source>
            <translation>
                <numerusform>%n factor in the database differs from the values recorded in this profile. The footprint uses the database's values; update the record one factor at a time.</numerusform>
                <numerusform>%n factors in the database differ from the values recorded in this profile. The footprint uses the database's values; update the record one factor at a time.</numerusform>
            </translation>
        </message>
        <message>
            <source>Update %1: %2 → %3 %4</source>
            <translation>Update %1: %2 → %3 %4</translation>
        </message>
        <message>
            <source>Update all</source>
            <translation>Update all</translation>
        </message>
        <message>
            <source>Update all factors</source>
            <translation>Update all factors</translation>
        </message>
    </context>
    <context>
        <name>carbonlabel::SnapshotCommand</name>
        <message>
            <source>Update factor %1</source>
            <translation>Update factor %1</translation>
        </message>
    </context>
    <context>
        <name>carbonlabel::StageTotalsModel</name>
        <message>
            <source>Stage</source>
            <translation>Stage</translation>
        </message>
        <message>
            <source>kg CO2e</source>
            <translation>kg CO2e</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Share</translation>
        </message>
    </context>
    <context>
        <name>carbonlabel::UncertaintyModel</name>
        <message>
            <source>Factor: %1</source>
            <translation>Factor: %1</translation>
        </message>
        <message>
            <source>%1 (Spearman rho %2)</source>
            <translation>%1 (Spearman rho %2)</translation>
        </message>
        <message>
            <source>Input</source>
            <translation>Input</translation>
        </message>
        <message>
            <source>Share of the variance</source>
            <translation>Share of the variance</translation>
        </message>
    </context>
    <context>
        <name>carbonlabel::UncertaintyView</name>
        <message>
            <source>Uncertainty (Monte Carlo)</source>
            <translation>Uncertainty (Monte Carlo)</translation>
        </message>
        <message>
            <source>What the uncertainty comes from</source>
            <translation>What the uncertainty comes from</translation>
        </message>
        <message>
            <source>%1 kg CO2e, without spread</source>
            <translation>%1 kg CO2e, without spread</translation>
        </message>
        <message>
            <source>P5–P95: %1 – %2 kg CO2e</source>
            <translation>P5–P95: %1 – %2 kg CO2e</translation>
        </message>
        <message>
            <source>Mean %1 · median %2 · %3 samples, seed %4</source>
            <translation>Mean %1 · median %2 · %3 samples, seed %4</translation>
        </message>
        <message>
            <source>The analysis appears when the profile has no problems.</source>
            <translation>The analysis appears when the profile has no problems.</translation>
        </message>
        <message>
            <source>No number in this profile carries a distribution and no factor it uses has an uncertainty, so every sample gives the same total.</source>
            <translation>No number in this profile carries a distribution and no factor it uses has an uncertainty, so every sample gives the same total.</translation>
        </message>
        <message>
            <source>samples</source>
            <translation>samples</translation>
        </message>
        <message>
            <source>total from %1 to %2 kg CO2e</source>
            <translation>total from %1 to %2 kg CO2e</translation>
        </message>
    </context>
    <context>
        <name>carbonlabel::UnsavedChangesBox</name>
        <message>
            <source>Unsaved changes</source>
            <translation>Unsaved changes</translation>
        </message>
        <message>
            <source>“%1” has changes that are not saved.</source>
            <translation>“%1” has changes that are not saved.</translation>
        </message>
        <message>
            <source>Save them before closing the profile?</source>
            <translation>Save them before closing the profile?</translation>
        </message>
    </context>
    <context>
        <name>carbonlabel::UsePage</name>
        <message>
            <source>Use of the device</source>
            <translation>Use of the device</translation>
        </message>
        <message>
            <source>Grid where it is used</source>
            <translation>Grid where it is used</translation>
        </message>
        <message>
            <source>Annual energy</source>
            <translation>Annual energy</translation>
        </message>
        <message>
            <source>kWh per year</source>
            <translation>kWh per year</translation>
        </message>
        <message>
            <source>A measured typical energy consumption (TEC); when given, the power modes are ignored</source>
            <translation>A measured typical energy consumption (TEC); when given, the power modes are ignored</translation>
        </message>
        <message>
            <source>Power modes: the energy per year is power × hours per day × days per year, summed over the modes.</source>
            <translation>Power modes: the energy per year is power × hours per day × days per year, summed over the modes.</translation>
        </message>
        <message>
            <source>No power modes. Add active, idle and sleep with “+ Add line”, or give the annual energy above.</source>
            <translation>No power modes. Add active, idle and sleep with “+ Add line”, or give the annual energy above.</translation>
        </message>
        <message>
            <source>Use</source>
            <translation>Use</translation>
        </message>
    </context>
    <context>
        <name>carbonlabel::WhereRunModel</name>
        <message>
            <source>The ranking appears when the profile has no problems.</source>
            <translation>The ranking appears when the profile has no problems.</translation>
        </message>
        <message>
            <source>This profile has no data-centre or AI part to move to another grid. Add a data centre or AI use on the Digital service page to compare where to run it.</source>
            <translation>This profile has no data-centre or AI part to move to another grid. Add a data centre or AI use on the Digital service page to compare where to run it.</translation>
        </message>
        <message>
            <source>%1 (CO2 only)</source>
            <translation>%1 (CO2 only)</translation>
        </message>
        <message>
            <source>Grid</source>
            <translation>Grid</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>kg CO2e/kWh</source>
            <translation>kg CO2e/kWh</translation>
        </message>
        <message>
            <source>kg CO2e</source>
            <translation>kg CO2e</translation>
        </message>
        <message>
            <source>Saving</source>
            <translation>Saving</translation>
        </message>
    </context>
    <context>
        <name>carbonlabel::WhereRunView</name>
        <message>
            <source>Where to run it</source>
            <translation>Where to run it</translation>
        </message>
        <message>
            <source>The data-centre and AI parts emit %1 kg CO2e on the profile's own grid (%2, in bold). Each row runs them on another grid instead; the network and the user's device stay where they are.</source>
            <translation>The data-centre and AI parts emit %1 kg CO2e on the profile's own grid (%2, in bold). Each row runs them on another grid instead; the network and the user's device stay where they are.</translation>
        </message>
    </context>
</TS>
