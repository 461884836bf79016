<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>CodeMenu</name>
    <message>
        <location filename="../../duocoder/gui/code_menu.py" line="42"/>
        <source>&amp;Add code…</source>
        <translation>Code &amp;toevoegen…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/code_menu.py" line="45"/>
        <source>Add &amp;sub-code…</source>
        <translation>&amp;Subcode toevoegen…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/code_menu.py" line="47"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Hernoemen…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/code_menu.py" line="48"/>
        <source>Change &amp;colour…</source>
        <translation>&amp;Kleur wijzigen…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/code_menu.py" line="49"/>
        <source>Edit &amp;description…</source>
        <translation>&amp;Beschrijving bewerken…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/code_menu.py" line="51"/>
        <source>&amp;Memo…</source>
        <translation>&amp;Memo…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/code_menu.py" line="53"/>
        <source>C&amp;odable</source>
        <translation>C&amp;odeerbaar</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/code_menu.py" line="57"/>
        <source>&amp;Merge into…</source>
        <translation>Same&amp;nvoegen met…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/code_menu.py" line="58"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/code_menu.py" line="65"/>
        <source>Add code</source>
        <translation>Code toevoegen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/code_menu.py" line="65"/>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/code_menu.py" line="69"/>
        <source>Add code %1</source>
        <translation>Code %1 toevoegen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/code_menu.py" line="81"/>
        <source>Rename code</source>
        <translation>Code hernoemen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/code_menu.py" line="81"/>
        <source>New name:</source>
        <translation>Nieuwe naam:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/code_menu.py" line="85"/>
        <source>Rename code %1</source>
        <translation>Code %1 hernoemen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/code_menu.py" line="93"/>
        <source>Code colour</source>
        <translation>Kleur van de code</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/code_menu.py" line="96"/>
        <source>Change colour of %1</source>
        <translation>Kleur van %1 wijzigen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/code_menu.py" line="106"/>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/code_menu.py" line="107"/>
        <source>What does &apos;%1&apos; mean, and when do you apply it?</source>
        <translation>Wat betekent &apos;%1&apos;, en wanneer pas je de code toe?</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/code_menu.py" line="112"/>
        <source>Edit description of %1</source>
        <translation>Beschrijving van %1 bewerken</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/code_menu.py" line="121"/>
        <source>Change whether %1 is codable</source>
        <translation>Codeerbaarheid van %1 wijzigen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/code_menu.py" line="132"/>
        <source>Merge &apos;%1&apos; into</source>
        <translation>&apos;%1&apos; samenvoegen met</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/code_menu.py" line="139"/>
        <source>Merge %1</source>
        <translation>%1 samenvoegen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/code_menu.py" line="148"/>
        <source>Delete code</source>
        <translation>Code verwijderen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/code_menu.py" line="152"/>
        <source>Delete &apos;%1&apos;? It has sub-codes; together they hold %2 codings (%3 of them its own).</source>
        <translation>&apos;%1&apos; verwijderen? De code heeft subcodes; samen hebben ze %2 coderingen (waarvan %3 van de code zelf).</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/code_menu.py" line="160"/>
        <source>Delete with sub-codes</source>
        <translation>Met subcodes verwijderen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/code_menu.py" line="162"/>
        <source>Keep sub-codes</source>
        <translation>Subcodes behouden</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/code_menu.py" line="165"/>
        <source>Delete &apos;%1&apos; and its %2 codings?</source>
        <translation>&apos;%1&apos; en de %2 coderingen ervan verwijderen?</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/code_menu.py" line="169"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/code_menu.py" line="172"/>
        <source>You can undo this with Edit ▸ Undo.</source>
        <translation>Je kunt dit ongedaan maken met Bewerken ▸ Ongedaan maken.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/code_menu.py" line="177"/>
        <source>Delete code %1</source>
        <translation>Code %1 verwijderen</translation>
    </message>
</context>
<context>
    <name>CodePicker</name>
    <message>
        <location filename="../../duocoder/gui/code_picker.py" line="43"/>
        <source>Type to filter codes…</source>
        <translation>Typ om codes te filteren…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/code_picker.py" line="51"/>
        <source>Enter chooses, Esc cancels.</source>
        <translation>Enter kiest, Esc annuleert.</translation>
    </message>
</context>
<context>
    <name>CodeTreeModel</name>
    <message>
        <location filename="../../duocoder/gui/codes_model.py" line="120"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/codes_model.py" line="120"/>
        <source>Codings</source>
        <translation>Coderingen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/codes_model.py" line="153"/>
        <source>%1 codings, %2 with its sub-codes</source>
        <translation>%1 coderingen, %2 met de subcodes</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/codes_model.py" line="158"/>
        <source>A category: it groups codes and is not applied itself.</source>
        <translation>Een categorie: ze groepeert codes en wordt zelf niet toegepast.</translation>
    </message>
</context>
<context>
    <name>CodesPane</name>
    <message>
        <location filename="../../duocoder/gui/codes_pane.py" line="75"/>
        <source>Filter codes</source>
        <translation>Codes filteren</translation>
    </message>
</context>
<context>
    <name>CodingActions</name>
    <message>
        <location filename="../../duocoder/gui/coding_actions.py" line="78"/>
        <source>No quick code in slot %1 yet.</source>
        <translation>Nog geen snelcode op plaats %1.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/coding_actions.py" line="92"/>
        <source>First select a passage in the transcript, then choose a code.</source>
        <translation>Selecteer eerst een passage in het transcript en kies dan een code.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/coding_actions.py" line="101"/>
        <source>&apos;%1&apos; is a category; choose one of its codes.</source>
        <translation>&apos;%1&apos; is een categorie; kies een van de codes eronder.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/coding_actions.py" line="106"/>
        <source>Code with %1</source>
        <translation>Coderen met %1</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/coding_actions.py" line="116"/>
        <source>Coded with &apos;%1&apos;.</source>
        <translation>Gecodeerd met &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/coding_actions.py" line="121"/>
        <source>First select a passage in the transcript.</source>
        <translation>Selecteer eerst een passage in het transcript.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/coding_actions.py" line="123"/>
        <source>Code with</source>
        <translation>Coderen met</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/coding_actions.py" line="132"/>
        <source>First select the words to name the code after.</source>
        <translation>Selecteer eerst de woorden waarnaar de code genoemd wordt.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/coding_actions.py" line="147"/>
        <source>New code %1</source>
        <translation>Nieuwe code %1</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/coding_actions.py" line="161"/>
        <source>New code &apos;%1&apos; applied.</source>
        <translation>Nieuwe code &apos;%1&apos; toegepast.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/coding_actions.py" line="168"/>
        <source>Remove coding %1</source>
        <translation>Codering %1 verwijderen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/coding_actions.py" line="178"/>
        <source>Recode with</source>
        <translation>Hercoderen met</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/coding_actions.py" line="183"/>
        <source>Recode</source>
        <translation>Hercoderen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/coding_actions.py" line="190"/>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/coding_actions.py" line="191"/>
        <source>Memo on this coding of &apos;%1&apos;:</source>
        <translation>Memo bij deze codering met &apos;%1&apos;:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/coding_actions.py" line="196"/>
        <source>Edit memo</source>
        <translation>Memo bewerken</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/coding_actions.py" line="205"/>
        <source>Remove coding</source>
        <translation>Codering verwijderen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/coding_actions.py" line="206"/>
        <source>Recode…</source>
        <translation>Hercoderen…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/coding_actions.py" line="207"/>
        <source>Edit memo…</source>
        <translation>Memo bewerken…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/coding_actions.py" line="218"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
</context>
<context>
    <name>DocumentHeader</name>
    <message>
        <location filename="../../duocoder/gui/header.py" line="33"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/header.py" line="54"/>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/header.py" line="55"/>
        <source>edit</source>
        <translation>bewerken</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/header.py" line="62"/>
        <source>Add a memo on this interview</source>
        <translation>Een memo bij dit interview schrijven</translation>
    </message>
</context>
<context>
    <name>DocumentPropertiesDialog</name>
    <message>
        <location filename="../../duocoder/gui/document_dialog.py" line="48"/>
        <source>Properties of %1</source>
        <translation>Eigenschappen van %1</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/document_dialog.py" line="54"/>
        <source>Attribute</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/document_dialog.py" line="54"/>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/document_dialog.py" line="58"/>
        <source>&amp;Add attribute</source>
        <translation>Kenmerk &amp;toevoegen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/document_dialog.py" line="60"/>
        <source>&amp;Remove attribute</source>
        <translation>Kenmerk &amp;verwijderen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/document_dialog.py" line="63"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/document_dialog.py" line="64"/>
        <source>&amp;Case (organisation):</source>
        <translation>&amp;Casus (organisatie):</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/document_dialog.py" line="65"/>
        <source>D&amp;uo:</source>
        <translation>D&amp;uo:</translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message>
        <location filename="../../duocoder/gui/documents_model.py" line="111"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/documents_model.py" line="111"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/documents_model.py" line="111"/>
        <source>Duo</source>
        <translation>Duo</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/documents_model.py" line="111"/>
        <source>Codings</source>
        <translation>Coderingen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/documents_model.py" line="130"/>
        <location filename="../../duocoder/gui/documents_model.py" line="142"/>
        <source>(no case)</source>
        <translation>(geen casus)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../duocoder/gui/documents_model.py" line="143"/>
        <source>Case (organisation) with %n document(s)</source>
        <translation>
            <numerusform>Casus (organisatie) met %n document</numerusform>
            <numerusform>Casus (organisatie) met %n documenten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/documents_model.py" line="166"/>
        <source>Role: %1</source>
        <translation>Rol: %1</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/documents_model.py" line="167"/>
        <source>Case: %1</source>
        <translation>Casus: %1</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/documents_model.py" line="168"/>
        <source>Duo: %1</source>
        <translation>Duo: %1</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/documents_model.py" line="169"/>
        <source>%1 turns, %2 codings</source>
        <translation>%1 beurten, %2 coderingen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/documents_model.py" line="172"/>
        <source>File: %1</source>
        <translation>Bestand: %1</translation>
    </message>
</context>
<context>
    <name>DocumentsPane</name>
    <message>
        <location filename="../../duocoder/gui/documents_pane.py" line="59"/>
        <source>Filter documents, roles, duos</source>
        <translation>Documenten, rollen, duo&apos;s filteren</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/documents_pane.py" line="224"/>
        <source>&amp;Properties…</source>
        <translation>&amp;Eigenschappen…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/documents_pane.py" line="227"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Hernoemen…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/documents_pane.py" line="229"/>
        <source>&amp;Memo…</source>
        <translation>&amp;Memo…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/documents_pane.py" line="232"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/documents_pane.py" line="253"/>
        <source>Change properties of %1</source>
        <translation>Eigenschappen van %1 wijzigen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/documents_pane.py" line="266"/>
        <source>Rename document</source>
        <translation>Document hernoemen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/documents_pane.py" line="266"/>
        <source>New name:</source>
        <translation>Nieuwe naam:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/documents_pane.py" line="270"/>
        <source>Rename document %1</source>
        <translation>Document %1 hernoemen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/documents_pane.py" line="281"/>
        <source>Delete document</source>
        <translation>Document verwijderen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/documents_pane.py" line="282"/>
        <source>Delete &apos;%1&apos; and the %2 codings in it?
You can undo this with Edit ▸ Undo.</source>
        <translation>&apos;%1&apos; en de %2 coderingen erin verwijderen?
Je kunt dit ongedaan maken met Bewerken ▸ Ongedaan maken.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/documents_pane.py" line="290"/>
        <source>Delete document %1</source>
        <translation>Document %1 verwijderen</translation>
    </message>
</context>
<context>
    <name>FindAllDialog</name>
    <message>
        <location filename="../../duocoder/gui/find.py" line="146"/>
        <source>Find in all documents</source>
        <translation>Zoeken in alle documenten</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/find.py" line="148"/>
        <source>Word or phrase</source>
        <translation>Woord of zinsdeel</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/find.py" line="150"/>
        <source>&amp;Search</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/find.py" line="153"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/find.py" line="153"/>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message numerus="yes">
        <location filename="../../duocoder/gui/find.py" line="184"/>
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n treffer</numerusform>
            <numerusform>%n treffers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../duocoder/gui/find.py" line="60"/>
        <source>Find in this document</source>
        <translation>Zoeken in dit document</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/find.py" line="67"/>
        <source>Previous</source>
        <translation>Vorige</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/find.py" line="68"/>
        <source>Previous hit (Shift+F3)</source>
        <translation>Vorige treffer (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/find.py" line="71"/>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/find.py" line="72"/>
        <source>Next hit (F3)</source>
        <translation>Volgende treffer (F3)</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/find.py" line="77"/>
        <source>Close the find bar (Esc)</source>
        <translation>De zoekbalk sluiten (Esc)</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/find.py" line="81"/>
        <source>&amp;Find:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/find.py" line="127"/>
        <source>No hits</source>
        <translation>Geen treffers</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/find.py" line="130"/>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../duocoder/gui/import_dialog.py" line="82"/>
        <source>Import transcripts</source>
        <translation>Transcripten importeren</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/import_dialog.py" line="88"/>
        <source>&amp;Add files…</source>
        <translation>Bestanden &amp;toevoegen…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/import_dialog.py" line="90"/>
        <source>Re&amp;move</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/import_dialog.py" line="104"/>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/import_dialog.py" line="114"/>
        <source>&amp;Role of the speaker:</source>
        <translation>&amp;Rol van de spreker:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/import_dialog.py" line="115"/>
        <source>&amp;Case (organisation):</source>
        <translation>&amp;Casus (organisatie):</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/import_dialog.py" line="116"/>
        <source>&amp;Duo:</source>
        <translation>&amp;Duo:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/import_dialog.py" line="142"/>
        <source>Choose transcripts</source>
        <translation>Transcripten kiezen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/import_dialog.py" line="144"/>
        <source>Transcripts (*.docx *.odt *.txt *.vtt *.srt);;All files (*)</source>
        <translation>Transcripten (*.docx *.odt *.txt *.vtt *.srt);;Alle bestanden (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../duocoder/gui/import_dialog.py" line="193"/>
        <source>Import %n document(s)</source>
        <translation>
            <numerusform>%n document importeren</numerusform>
            <numerusform>%n documenten importeren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../duocoder/gui/import_dialog.py" line="205"/>
        <source>%n document(s) imported.</source>
        <translation>
            <numerusform>%n document geïmporteerd.</numerusform>
            <numerusform>%n documenten geïmporteerd.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/import_dialog.py" line="208"/>
        <source>The import was cancelled; the files before it are in.</source>
        <translation>Het importeren werd afgebroken; de bestanden daarvoor zijn binnen.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/import_dialog.py" line="211"/>
        <source>These files could not be imported:</source>
        <translation>Deze bestanden konden niet geïmporteerd worden:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/import_dialog.py" line="212"/>
        <source>These files were already in the project:</source>
        <translation>Deze bestanden zaten al in het project:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../duocoder/gui/main_window.py" line="73"/>
        <source>&amp;Documents</source>
        <translation>&amp;Documenten</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/main_window.py" line="79"/>
        <source>Co&amp;des</source>
        <translation>Co&amp;des</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/main_window.py" line="82"/>
        <source>&amp;Retrieved segments</source>
        <translation>&amp;Opgehaalde segmenten</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/main_window.py" line="97"/>
        <source>To code: select text, then double-click a code, drag the text onto a code, or press Ctrl+1…9 for a quick code. Alt while selecting keeps exact characters.</source>
        <translation>Coderen: selecteer tekst en dubbelklik dan op een code, sleep de tekst naar een code, of druk Ctrl+1…9 voor een snelcode. Alt tijdens het selecteren houdt de exacte tekens.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/main_window.py" line="277"/>
        <source>Move code</source>
        <translation>Code verplaatsen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/main_window.py" line="292"/>
        <source>Export codebook</source>
        <translation>Codeboek exporteren</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/main_window.py" line="292"/>
        <source>Codebook (*.qdc *.docx)</source>
        <translation>Codeboek (*.qdc *.docx)</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/main_window.py" line="301"/>
        <source>Codebook written to %1.</source>
        <translation>Codeboek geschreven naar %1.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/main_window.py" line="318"/>
        <source>Coder</source>
        <translation>Codeerder</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/main_window.py" line="319"/>
        <source>Your name, saved with each coding you make:</source>
        <translation>Je naam, bewaard bij elke codering die je maakt:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/main_window.py" line="351"/>
        <source>The new language is used the next time DuoCoder starts.</source>
        <translation>De nieuwe taal wordt gebruikt wanneer DuoCoder de volgende keer start.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/main_window.py" line="359"/>
        <source>About DuoCoder</source>
        <translation>Over DuoCoder</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/main_window.py" line="361"/>
        <source>&lt;h3&gt;DuoCoder %1&lt;/h3&gt;&lt;p&gt;Qualitative coding of interview transcripts for research on duowerkingen (buddy programmes).&lt;/p&gt;&lt;p&gt;Licensed under the GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;DuoCoder %1&lt;/h3&gt;&lt;p&gt;Kwalitatief coderen van interviewtranscripten voor onderzoek naar duowerkingen.&lt;/p&gt;&lt;p&gt;Gelicentieerd onder de GPL, versie 3 of later.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/menus.py" line="47"/>
        <source>&amp;New project…</source>
        <translation>&amp;Nieuw project…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/menus.py" line="54"/>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/menus.py" line="61"/>
        <source>&amp;Import transcripts…</source>
        <translation>Transcripten &amp;importeren…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/menus.py" line="65"/>
        <source>Import .docx, .odt, .txt, .vtt or .srt transcripts</source>
        <translation>Transcripten in .docx, .odt, .txt, .vtt of .srt importeren</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/menus.py" line="70"/>
        <source>&amp;Export codebook…</source>
        <translation>Codeboek &amp;exporteren…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/menus.py" line="74"/>
        <source>&amp;Close project</source>
        <translation>Project &amp;sluiten</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/menus.py" line="79"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/menus.py" line="81"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/menus.py" line="84"/>
        <source>&amp;Redo</source>
        <translation>Op&amp;nieuw</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/menus.py" line="91"/>
        <source>&amp;Find…</source>
        <translation>&amp;Zoeken…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/menus.py" line="97"/>
        <source>Find &amp;next</source>
        <translation>&amp;Volgende zoeken</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/menus.py" line="101"/>
        <source>Find &amp;previous</source>
        <translation>V&amp;orige zoeken</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/menus.py" line="107"/>
        <source>Find in &amp;all documents…</source>
        <translation>Zoeken in &amp;alle documenten…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/menus.py" line="112"/>
        <source>Your &amp;name as coder…</source>
        <translation>Je &amp;naam als codeerder…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/menus.py" line="116"/>
        <source>&amp;Bigger text</source>
        <translation>&amp;Grotere tekst</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/menus.py" line="123"/>
        <source>&amp;Smaller text</source>
        <translation>&amp;Kleinere tekst</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/menus.py" line="130"/>
        <source>Code &amp;with…</source>
        <translation>Coderen &amp;met…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/menus.py" line="134"/>
        <source>Code the selected passage with a code you pick by typing</source>
        <translation>De geselecteerde passage coderen met een code die je kiest door te typen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/menus.py" line="140"/>
        <source>New code from &amp;selection</source>
        <translation>Nieuwe code uit &amp;selectie</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/menus.py" line="144"/>
        <source>Create a code named after the selected words and apply it (in-vivo)</source>
        <translation>Een code maken met de geselecteerde woorden als naam en ze toepassen (in vivo)</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/menus.py" line="150"/>
        <source>&amp;Add code…</source>
        <translation>Code &amp;toevoegen…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/menus.py" line="156"/>
        <location filename="../../duocoder/gui/menus.py" line="295"/>
        <source>Quick code %1</source>
        <translation>Snelcode %1</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/menus.py" line="162"/>
        <source>&amp;About DuoCoder</source>
        <translation>&amp;Over DuoCoder</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/menus.py" line="165"/>
        <source>&amp;Project memo…</source>
        <translation>&amp;Projectmemo…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/menus.py" line="169"/>
        <source>Notes on the whole project</source>
        <translation>Notities bij het hele project</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/menus.py" line="173"/>
        <source>&amp;Document memo…</source>
        <translation>&amp;Documentmemo…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/menus.py" line="177"/>
        <source>Notes on the interview shown in the transcript</source>
        <translation>Notities bij het interview dat in het transcript staat</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/menus.py" line="181"/>
        <source>&amp;Code memo…</source>
        <translation>&amp;Codememo…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/menus.py" line="185"/>
        <source>Notes on the code selected in the code tree</source>
        <translation>Notities bij de code die in de codeboom geselecteerd is</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/menus.py" line="193"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/menus.py" line="196"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/menus.py" line="204"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/menus.py" line="212"/>
        <source>&amp;Code</source>
        <translation>&amp;Coderen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/menus.py" line="216"/>
        <source>&amp;Quick codes</source>
        <translation>&amp;Snelcodes</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/menus.py" line="219"/>
        <source>&amp;Memos</source>
        <translation>&amp;Memo&apos;s</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/menus.py" line="222"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/menus.py" line="231"/>
        <source>&amp;Theme</source>
        <translation>T&amp;hema</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/menus.py" line="235"/>
        <source>&amp;System colours</source>
        <translation>&amp;Kleuren van het systeem</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/menus.py" line="236"/>
        <source>&amp;Light</source>
        <translation>&amp;Licht</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/menus.py" line="237"/>
        <source>&amp;Dark</source>
        <translation>&amp;Donker</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/menus.py" line="244"/>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/menus.py" line="246"/>
        <source>&amp;System language</source>
        <translation>&amp;Taal van het systeem</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/menus.py" line="253"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/menus.py" line="255"/>
        <source>Main toolbar</source>
        <translation>Hoofdwerkbalk</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/menus.py" line="277"/>
        <source>Quick codes</source>
        <translation>Snelcodes</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/menus.py" line="286"/>
        <source>Quick codes:</source>
        <translation>Snelcodes:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/menus.py" line="307"/>
        <source>(the codes you apply appear here: Ctrl+1 to Ctrl+9)</source>
        <translation>(de codes die je toepast verschijnen hier: Ctrl+1 tot Ctrl+9)</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/project_files.py" line="18"/>
        <source>DuoCoder projects (*.duocoder)</source>
        <translation>DuoCoder-projecten (*.duocoder)</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/project_files.py" line="30"/>
        <source>Open project</source>
        <translation>Project openen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/project_files.py" line="40"/>
        <source>New project</source>
        <translation>Nieuw project</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/project_files.py" line="67"/>
        <source>The demo project could not be built (%1).</source>
        <translation>Het demoproject kon niet gemaakt worden (%1).</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/project_files.py" line="93"/>
        <source>(none yet)</source>
        <translation>(nog geen)</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/window_setup.py" line="36"/>
        <source>Go to doc&amp;uments</source>
        <translation>Naar doc&amp;umenten</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/window_setup.py" line="37"/>
        <source>Go to cod&amp;es</source>
        <translation>Naar cod&amp;es</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/window_setup.py" line="38"/>
        <source>Go to the tra&amp;nscript</source>
        <translation>Naar het tra&amp;nscript</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/window_setup.py" line="39"/>
        <source>Go to retrieved se&amp;gments</source>
        <translation>Naar opgehaalde se&amp;gmenten</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/window_setup.py" line="132"/>
        <source>Transcript</source>
        <translation>Transcript</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/window_setup.py" line="133"/>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/window_setup.py" line="134"/>
        <source>Filter codes</source>
        <translation>Codes filteren</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/window_setup.py" line="135"/>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/window_setup.py" line="136"/>
        <source>Filter documents</source>
        <translation>Documenten filteren</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/window_setup.py" line="137"/>
        <source>Retrieved segments</source>
        <translation>Opgehaalde segmenten</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/window_setup.py" line="138"/>
        <source>Filter segments by role</source>
        <translation>Segmenten filteren op rol</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/window_setup.py" line="139"/>
        <source>Filter segments by case</source>
        <translation>Segmenten filteren op casus</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/window_setup.py" line="140"/>
        <source>Filter segments by coder</source>
        <translation>Segmenten filteren op codeerder</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/window_setup.py" line="141"/>
        <source>Find in this document</source>
        <translation>Zoeken in dit document</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/window_setup.py" line="146"/>
        <source>Select a passage, then press Ctrl+K to code it or Ctrl+1 to 9 for a quick code.</source>
        <translation>Selecteer een passage en druk dan op Ctrl+K om ze te coderen, of op Ctrl+1 tot 9 voor een snelcode.</translation>
    </message>
</context>
<context>
    <name>MemoActions</name>
    <message>
        <location filename="../../duocoder/gui/memos.py" line="108"/>
        <source>Edit memo</source>
        <translation>Memo bewerken</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/memos.py" line="115"/>
        <source>Memo saved.</source>
        <translation>Memo bewaard.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/memos.py" line="115"/>
        <source>Memo removed.</source>
        <translation>Memo verwijderd.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/memos.py" line="124"/>
        <source>Project memo</source>
        <translation>Projectmemo</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/memos.py" line="125"/>
        <source>Notes on the whole project &apos;%1&apos;: aims, decisions, open questions.</source>
        <translation>Notities bij het hele project &apos;%1&apos;: doelen, beslissingen, open vragen.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/memos.py" line="137"/>
        <source>Document memo</source>
        <translation>Documentmemo</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/memos.py" line="138"/>
        <source>Notes on the interview &apos;%1&apos;: setting, impressions, what stands out.</source>
        <translation>Notities bij het interview &apos;%1&apos;: setting, indrukken, wat opvalt.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/memos.py" line="150"/>
        <source>Code memo</source>
        <translation>Codememo</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/memos.py" line="151"/>
        <source>Notes on the code &apos;%1&apos;: how it developed, doubts, links to theory.</source>
        <translation>Notities bij de code &apos;%1&apos;: hoe ze ontstond, twijfels, verbanden met theorie.</translation>
    </message>
</context>
<context>
    <name>SegmentsModel</name>
    <message>
        <location filename="../../duocoder/gui/segments_pane.py" line="68"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/segments_pane.py" line="69"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/segments_pane.py" line="70"/>
        <source>Case</source>
        <translation>Casus</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/segments_pane.py" line="71"/>
        <source>¶</source>
        <translation>¶</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/segments_pane.py" line="72"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/segments_pane.py" line="73"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/segments_pane.py" line="95"/>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
</context>
<context>
    <name>SegmentsPane</name>
    <message>
        <location filename="../../duocoder/gui/segments_pane.py" line="155"/>
        <source>All roles</source>
        <translation>Alle rollen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/segments_pane.py" line="173"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/segments_pane.py" line="174"/>
        <source>C&amp;ase:</source>
        <translation>C&amp;asus:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/segments_pane.py" line="175"/>
        <source>C&amp;oder:</source>
        <translation>C&amp;odeerder:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/segments_pane.py" line="202"/>
        <source>All cases</source>
        <translation>Alle casussen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/segments_pane.py" line="203"/>
        <source>All coders</source>
        <translation>Alle codeerders</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/segments_pane.py" line="229"/>
        <source>Tick codes in the code tree to see their segments.</source>
        <translation>Vink codes aan in de codeboom om hun segmenten te zien.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../duocoder/gui/segments_pane.py" line="255"/>
        <source>in %n selected document(s)</source>
        <translation>
            <numerusform>in %n geselecteerd document</numerusform>
            <numerusform>in %n geselecteerde documenten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/segments_pane.py" line="257"/>
        <source>in all documents</source>
        <translation>in alle documenten</translation>
    </message>
    <message numerus="yes">
        <location filename="../../duocoder/gui/segments_pane.py" line="259"/>
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segment</numerusform>
            <numerusform>%n segmenten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/segments_pane.py" line="291"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <location filename="../../duocoder/gui/transcript_view.py" line="357"/>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../duocoder/gui/welcome.py" line="28"/>
        <source>Welcome to DuoCoder</source>
        <translation>Welkom bij DuoCoder</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/welcome.py" line="34"/>
        <source>Code interview transcripts of duowerkingen: import the interviews of coordinators, participants and volunteers, and code them with your codebook.</source>
        <translation>Codeer interviewtranscripten van duowerkingen: importeer de interviews met coördinatoren, deelnemers en vrijwilligers, en codeer ze met je codeboek.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/welcome.py" line="42"/>
        <source>&amp;New project…</source>
        <translation>&amp;Nieuw project…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/welcome.py" line="43"/>
        <source>&amp;Open project…</source>
        <translation>Project &amp;openen…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/welcome.py" line="44"/>
        <source>Open the &amp;demo project</source>
        <translation>Het &amp;demoproject openen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/welcome.py" line="54"/>
        <source>&amp;Recent projects:</source>
        <translation>&amp;Recente projecten:</translation>
    </message>
</context>
</TS>
