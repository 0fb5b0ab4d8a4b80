<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>FactorsCommand</name>
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
</context>
<context>
    <name>carbonlabel::BomImportDialog</name>
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
    <name>carbonlabel::FactorBrowser</name>
    <message numerus="yes">
        <source>%n factor(s)</source>
        <translation>
            <numerusform>%n factor</numerusform>
            <numerusform>%n factors</numerusform>
        </translation>
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
</context>
<context>
    <name>carbonlabel::FootprintPanel</name>
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
    <name>carbonlabel::MainWindow</name>
    <message numerus="yes">
        <source>Opened %1 with %n problem(s), marked in the editor</source>
        <translation>
            <numerusform>Opened %1 with %n problem, marked in the editor</numerusform>
            <numerusform>Opened %1 with %n problems, marked in the editor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %1; it still has %n problem(s)</source>
        <translation>
            <numerusform>Saved %1; it still has %n problem</numerusform>
            <numerusform>Saved %1; it still has %n problems</numerusform>
        </translation>
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
    <name>carbonlabel::RecoveryBox</name>
    <message numerus="yes">
        <source>%n recovery file(s) could not be read and will not be offered again.</source>
        <translation>
            <numerusform>%n recovery file could not be read and will not be offered again.</numerusform>
            <numerusform>%n recovery files could not be read and will not be offered again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>carbonlabel::RefreshCycleModel</name>
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
</context>
<context>
    <name>carbonlabel::RefreshView</name>
    <message numerus="yes">
        <source>every %n year(s)</source>
        <translation>
            <numerusform>every %n year</numerusform>
            <numerusform>every %n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Best: replace every %n year(s). Give the old device&apos;s annual energy to see when replacing it now pays back.</source>
        <translation>
            <numerusform>Best: replace every %n year. Give the old device&apos;s annual energy to see when replacing it now pays back.</numerusform>
            <numerusform>Best: replace every %n years. Give the old device&apos;s annual energy to see when replacing it now pays back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>carbonlabel::SnapshotBanner</name>
    <message numerus="yes">
        <source>%n factor(s) in the database differ from the values recorded in this profile. The footprint uses the database&apos;s values; update the record one factor at a time.</source>
        <translation>
            <numerusform>%n factor in the database differs from the values recorded in this profile. The footprint uses the database&apos;s values; update the record one factor at a time.</numerusform>
            <numerusform>%n factors in the database differ from the values recorded in this profile. The footprint uses the database&apos;s values; update the record one factor at a time.</numerusform>
        </translation>
    </message>
</context>
</TS>
