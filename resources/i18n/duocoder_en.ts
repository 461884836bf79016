<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DocumentsModel</name>
    <message numerus="yes">
        <location filename="../../duocoder/gui/documents_model.py" line="143"/>
        <source>Case (organisation) with %n document(s)</source>
        <translation>
            <numerusform>Case (organisation) with %n document</numerusform>
            <numerusform>Case (organisation) with %n documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindAllDialog</name>
    <message numerus="yes">
        <location filename="../../duocoder/gui/find.py" line="184"/>
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n hit</numerusform>
            <numerusform>%n hits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <location filename="../../duocoder/gui/import_dialog.py" line="193"/>
        <source>Import %n document(s)</source>
        <translation>
            <numerusform>Import %n document</numerusform>
            <numerusform>Import %n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../duocoder/gui/import_dialog.py" line="205"/>
        <source>%n document(s) imported.</source>
        <translation>
            <numerusform>%n document imported.</numerusform>
            <numerusform>%n documents imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SegmentsPane</name>
    <message numerus="yes">
        <location filename="../../duocoder/gui/segments_pane.py" line="255"/>
        <source>in %n selected document(s)</source>
        <translation>
            <numerusform>in %n selected document</numerusform>
            <numerusform>in %n selected documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../duocoder/gui/segments_pane.py" line="259"/>
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segment</numerusform>
            <numerusform>%n segments</numerusform>
        </translation>
    </message>
</context>
</TS>
