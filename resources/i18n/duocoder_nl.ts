<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>CodeMenu</name>
    <message>
        <location filename="../../duocoder/gui/code_menu.py" line="40" />
        <source>&amp;Add code…</source>
        <translation>Code &amp;toevoegen…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/code_menu.py" line="43" />
        <source>Add &amp;sub-code…</source>
        <translation>&amp;Subcode toevoegen…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/code_menu.py" line="45" />
        <source>&amp;Rename…</source>
        <translation>&amp;Hernoemen…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/code_menu.py" line="46" />
        <source>Change &amp;colour…</source>
        <translation>&amp;Kleur wijzigen…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/code_menu.py" line="47" />
        <source>Edit &amp;description…</source>
        <translation>&amp;Beschrijving bewerken…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/code_menu.py" line="48" />
        <source>C&amp;odable</source>
        <translation>C&amp;odeerbaar</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/code_menu.py" line="52" />
        <source>&amp;Merge into…</source>
        <translation>Same&amp;nvoegen met…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/code_menu.py" line="53" />
        <source>&amp;Delete…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/code_menu.py" line="60" />
        <source>Add code</source>
        <translation>Code toevoegen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/code_menu.py" line="60" />
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/code_menu.py" line="64" />
        <source>Add code %1</source>
        <translation>Code %1 toevoegen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/code_menu.py" line="76" />
        <source>Rename code</source>
        <translation>Code hernoemen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/code_menu.py" line="76" />
        <source>New name:</source>
        <translation>Nieuwe naam:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/code_menu.py" line="80" />
        <source>Rename code %1</source>
        <translation>Code %1 hernoemen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/code_menu.py" line="88" />
        <source>Code colour</source>
        <translation>Kleur van de code</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/code_menu.py" line="91" />
        <source>Change colour of %1</source>
        <translation>Kleur van %1 wijzigen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/code_menu.py" line="101" />
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/code_menu.py" line="102" />
        <source>What does '%1' mean, and when do you apply it?</source>
        <translation>Wat betekent '%1', en wanneer pas je de code toe?</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/code_menu.py" line="107" />
        <source>Edit description of %1</source>
        <translation>Beschrijving van %1 bewerken</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/code_menu.py" line="116" />
        <source>Change whether %1 is codable</source>
        <translation>Codeerbaarheid van %1 wijzigen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/code_menu.py" line="127" />
        <source>Merge '%1' into</source>
        <translation>'%1' samenvoegen met</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/code_menu.py" line="134" />
        <source>Merge %1</source>
        <translation>%1 samenvoegen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/code_menu.py" line="143" />
        <source>Delete code</source>
        <translation>Code verwijderen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/code_menu.py" line="147" />
        <source>Delete '%1'? It has sub-codes; together they hold %2 codings (%3 of them its own).</source>
        <translation>'%1' verwijderen? De code heeft subcodes; samen hebben ze %2 coderingen (waarvan %3 van de code zelf).</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/code_menu.py" line="155" />
        <source>Delete with sub-codes</source>
        <translation>Met subcodes verwijderen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/code_menu.py" line="157" />
        <source>Keep sub-codes</source>
        <translation>Subcodes behouden</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/code_menu.py" line="160" />
        <source>Delete '%1' and its %2 codings?</source>
        <translation>'%1' en de %2 coderingen ervan verwijderen?</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/code_menu.py" line="164" />
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/code_menu.py" line="167" />
        <source>You can undo this with Edit ▸ Undo.</source>
        <translation>Je kunt dit ongedaan maken met Bewerken ▸ Ongedaan maken.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/code_menu.py" line="172" />
        <source>Delete code %1</source>
        <translation>Code %1 verwijderen</translation>
    </message>
</context>
<context>
    <name>CodePicker</name>
    <message>
        <location filename="../../duocoder/gui/code_picker.py" line="43" />
        <source>Type to filter codes…</source>
        <translation>Typ om codes te filteren…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/code_picker.py" line="51" />
        <source>Enter chooses, Esc cancels.</source>
        <translation>Enter kiest, Esc annuleert.</translation>
    </message>
</context>
<context>
    <name>CodeTreeModel</name>
    <message>
        <location filename="../../duocoder/gui/codes_model.py" line="115" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/codes_model.py" line="115" />
        <source>Codings</source>
        <translation>Coderingen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/codes_model.py" line="146" />
        <source>%1 codings, %2 with its sub-codes</source>
        <translation>%1 coderingen, %2 met de subcodes</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/codes_model.py" line="151" />
        <source>A category: it groups codes and is not applied itself.</source>
        <translation>Een categorie: ze groepeert codes en wordt zelf niet toegepast.</translation>
    </message>
</context>
<context>
    <name>CodesPane</name>
    <message>
        <location filename="../../duocoder/gui/codes_pane.py" line="50" />
        <source>Filter codes</source>
        <translation>Codes filteren</translation>
    </message>
</context>
<context>
    <name>CodingActions</name>
    <message>
        <location filename="../../duocoder/gui/coding_actions.py" line="78" />
        <source>No quick code in slot %1 yet.</source>
        <translation>Nog geen snelcode op plaats %1.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/coding_actions.py" line="92" />
        <source>First select a passage in the transcript, then choose a code.</source>
        <translation>Selecteer eerst een passage in het transcript en kies dan een code.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/coding_actions.py" line="101" />
        <source>'%1' is a category; choose one of its codes.</source>
        <translation>'%1' is een categorie; kies een van de codes eronder.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/coding_actions.py" line="106" />
        <source>Code with %1</source>
        <translation>Coderen met %1</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/coding_actions.py" line="116" />
        <source>Coded with '%1'.</source>
        <translation>Gecodeerd met '%1'.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/coding_actions.py" line="121" />
        <source>First select a passage in the transcript.</source>
        <translation>Selecteer eerst een passage in het transcript.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/coding_actions.py" line="123" />
        <source>Code with</source>
        <translation>Coderen met</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/coding_actions.py" line="132" />
        <source>First select the words to name the code after.</source>
        <translation>Selecteer eerst de woorden waarnaar de code genoemd wordt.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/coding_actions.py" line="147" />
        <source>New code %1</source>
        <translation>Nieuwe code %1</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/coding_actions.py" line="161" />
        <source>New code '%1' applied.</source>
        <translation>Nieuwe code '%1' toegepast.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/coding_actions.py" line="168" />
        <source>Remove coding %1</source>
        <translation>Codering %1 verwijderen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/coding_actions.py" line="178" />
        <source>Recode with</source>
        <translation>Hercoderen met</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/coding_actions.py" line="183" />
        <source>Recode</source>
        <translation>Hercoderen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/coding_actions.py" line="190" />
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/coding_actions.py" line="191" />
        <source>Memo on this coding of '%1':</source>
        <translation>Memo bij deze codering met '%1':</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/coding_actions.py" line="196" />
        <source>Edit memo</source>
        <translation>Memo bewerken</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/coding_actions.py" line="205" />
        <source>Remove coding</source>
        <translation>Codering verwijderen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/coding_actions.py" line="206" />
        <source>Recode…</source>
        <translation>Hercoderen…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/coding_actions.py" line="207" />
        <source>Edit memo…</source>
        <translation>Memo bewerken…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/coding_actions.py" line="218" />
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
</context>
<context>
    <name>DocumentPropertiesDialog</name>
    <message>
        <location filename="../../duocoder/gui/document_dialog.py" line="48" />
        <source>Properties of %1</source>
        <translation>Eigenschappen van %1</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/document_dialog.py" line="54" />
        <source>Attribute</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/document_dialog.py" line="54" />
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/document_dialog.py" line="58" />
        <source>&amp;Add attribute</source>
        <translation>Kenmerk &amp;toevoegen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/document_dialog.py" line="60" />
        <source>&amp;Remove attribute</source>
        <translation>Kenmerk &amp;verwijderen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/document_dialog.py" line="63" />
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/document_dialog.py" line="64" />
        <source>&amp;Case (organisation):</source>
        <translation>&amp;Casus (organisatie):</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/document_dialog.py" line="65" />
        <source>D&amp;uo:</source>
        <translation>D&amp;uo:</translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message>
        <location filename="../../duocoder/gui/documents_model.py" line="100" />
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/documents_model.py" line="100" />
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/documents_model.py" line="100" />
        <source>Duo</source>
        <translation>Duo</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/documents_model.py" line="100" />
        <source>Codings</source>
        <translation>Coderingen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/documents_model.py" line="119" />
        <source>(no case)</source>
        <translation>(geen casus)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../duocoder/gui/documents_model.py" line="131" />
        <source>Case (organisation) with %n document(s)</source>
        <translation>
            <numerusform>Casus (organisatie) met %n document</numerusform><numerusform>Casus (organisatie) met %n documenten</numerusform></translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/documents_model.py" line="151" />
        <source>Role: %1</source>
        <translation>Rol: %1</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/documents_model.py" line="152" />
        <source>Case: %1</source>
        <translation>Casus: %1</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/documents_model.py" line="153" />
        <source>Duo: %1</source>
        <translation>Duo: %1</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/documents_model.py" line="154" />
        <source>%1 turns, %2 codings</source>
        <translation>%1 beurten, %2 coderingen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/documents_model.py" line="157" />
        <source>File: %1</source>
        <translation>Bestand: %1</translation>
    </message>
</context>
<context>
    <name>DocumentsPane</name>
    <message>
        <location filename="../../duocoder/gui/documents_pane.py" line="43" />
        <source>Filter documents, roles, duos</source>
        <translation>Documenten, rollen, duo's filteren</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/documents_pane.py" line="172" />
        <source>&amp;Properties…</source>
        <translation>&amp;Eigenschappen…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/documents_pane.py" line="175" />
        <source>&amp;Rename…</source>
        <translation>&amp;Hernoemen…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/documents_pane.py" line="177" />
        <source>&amp;Delete…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/documents_pane.py" line="194" />
        <source>Change properties of %1</source>
        <translation>Eigenschappen van %1 wijzigen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/documents_pane.py" line="207" />
        <source>Rename document</source>
        <translation>Document hernoemen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/documents_pane.py" line="207" />
        <source>New name:</source>
        <translation>Nieuwe naam:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/documents_pane.py" line="211" />
        <source>Rename document %1</source>
        <translation>Document %1 hernoemen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/documents_pane.py" line="222" />
        <source>Delete document</source>
        <translation>Document verwijderen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/documents_pane.py" line="223" />
        <source>Delete '%1' and the %2 codings in it?
You can undo this with Edit ▸ Undo.</source>
        <translation>'%1' en de %2 coderingen erin verwijderen?
Je kunt dit ongedaan maken met Bewerken ▸ Ongedaan maken.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/documents_pane.py" line="231" />
        <source>Delete document %1</source>
        <translation>Document %1 verwijderen</translation>
    </message>
</context>
<context>
    <name>FindAllDialog</name>
    <message>
        <location filename="../../duocoder/gui/find.py" line="146" />
        <source>Find in all documents</source>
        <translation>Zoeken in alle documenten</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/find.py" line="148" />
        <source>Word or phrase</source>
        <translation>Woord of zinsdeel</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/find.py" line="150" />
        <source>&amp;Search</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/find.py" line="153" />
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/find.py" line="153" />
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message numerus="yes">
        <location filename="../../duocoder/gui/find.py" line="184" />
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n treffer</numerusform><numerusform>%n treffers</numerusform></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../duocoder/gui/find.py" line="60" />
        <source>Find in this document</source>
        <translation>Zoeken in dit document</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/find.py" line="67" />
        <source>Previous</source>
        <translation>Vorige</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/find.py" line="68" />
        <source>Previous hit (Shift+F3)</source>
        <translation>Vorige treffer (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/find.py" line="71" />
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/find.py" line="72" />
        <source>Next hit (F3)</source>
        <translation>Volgende treffer (F3)</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/find.py" line="77" />
        <source>Close the find bar (Esc)</source>
        <translation>De zoekbalk sluiten (Esc)</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/find.py" line="81" />
        <source>&amp;Find:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/find.py" line="127" />
        <source>No hits</source>
        <translation>Geen treffers</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/find.py" line="130" />
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../duocoder/gui/import_dialog.py" line="82" />
        <source>Import transcripts</source>
        <translation>Transcripten importeren</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/import_dialog.py" line="88" />
        <source>&amp;Add files…</source>
        <translation>Bestanden &amp;toevoegen…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/import_dialog.py" line="90" />
        <source>Re&amp;move</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/import_dialog.py" line="104" />
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/import_dialog.py" line="114" />
        <source>&amp;Role of the speaker:</source>
        <translation>&amp;Rol van de spreker:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/import_dialog.py" line="115" />
        <source>&amp;Case (organisation):</source>
        <translation>&amp;Casus (organisatie):</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/import_dialog.py" line="116" />
        <source>&amp;Duo:</source>
        <translation>&amp;Duo:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/import_dialog.py" line="142" />
        <source>Choose transcripts</source>
        <translation>Transcripten kiezen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/import_dialog.py" line="144" />
        <source>Transcripts (*.docx *.odt *.txt *.vtt *.srt);;All files (*)</source>
        <translation>Transcripten (*.docx *.odt *.txt *.vtt *.srt);;Alle bestanden (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../duocoder/gui/import_dialog.py" line="191" />
        <source>Import %n document(s)</source>
        <translation>
            <numerusform>%n document importeren</numerusform><numerusform>%n documenten importeren</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../duocoder/gui/import_dialog.py" line="203" />
        <source>%n document(s) imported.</source>
        <translation>
            <numerusform>%n document geïmporteerd.</numerusform><numerusform>%n documenten geïmporteerd.</numerusform></translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/import_dialog.py" line="206" />
        <source>The import was cancelled; the files before it are in.</source>
        <translation>Het importeren werd afgebroken; de bestanden daarvoor zijn binnen.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/import_dialog.py" line="209" />
        <source>These files could not be imported:</source>
        <translation>Deze bestanden konden niet geïmporteerd worden:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/import_dialog.py" line="210" />
        <source>These files were already in the project:</source>
        <translation>Deze bestanden zaten al in het project:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../duocoder/gui/main_window.py" line="72" />
        <source>&amp;Documents</source>
        <translation>&amp;Documenten</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/main_window.py" line="78" />
        <source>Co&amp;des</source>
        <translation>Co&amp;des</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/main_window.py" line="81" />
        <source>&amp;Retrieved segments</source>
        <translation>&amp;Opgehaalde segmenten</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/main_window.py" line="98" />
        <source>To code: select text, then double-click a code, drag the text onto a code, or press Ctrl+1…9 for a quick code. Alt while selecting keeps exact characters.</source>
        <translation>Coderen: selecteer tekst en dubbelklik dan op een code, sleep de tekst naar een code, of druk Ctrl+1…9 voor een snelcode. Alt tijdens het selecteren houdt de exacte tekens.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/main_window.py" line="277" />
        <source>Move code</source>
        <translation>Code verplaatsen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/main_window.py" line="292" />
        <source>Export codebook</source>
        <translation>Codeboek exporteren</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/main_window.py" line="292" />
        <source>Codebook (*.qdc *.docx)</source>
        <translation>Codeboek (*.qdc *.docx)</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/main_window.py" line="301" />
        <source>Codebook written to %1.</source>
        <translation>Codeboek geschreven naar %1.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/main_window.py" line="318" />
        <source>Coder</source>
        <translation>Codeerder</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/main_window.py" line="319" />
        <source>Your name, saved with each coding you make:</source>
        <translation>Je naam, bewaard bij elke codering die je maakt:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/main_window.py" line="328" />
        <source>The new language is used the next time DuoCoder starts.</source>
        <translation>De nieuwe taal wordt gebruikt wanneer DuoCoder de volgende keer start.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/main_window.py" line="336" />
        <source>About DuoCoder</source>
        <translation>Over DuoCoder</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/main_window.py" line="338" />
        <source>&lt;h3&gt;DuoCoder %1&lt;/h3&gt;&lt;p&gt;Qualitative coding of interview transcripts for research on duowerkingen (buddy programmes).&lt;/p&gt;&lt;p&gt;Licensed under the GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;DuoCoder %1&lt;/h3&gt;&lt;p&gt;Kwalitatief coderen van interviewtranscripten voor onderzoek naar duowerkingen.&lt;/p&gt;&lt;p&gt;Gelicentieerd onder de GPL, versie 3 of later.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/menus.py" line="47" />
        <source>&amp;New project…</source>
        <translation>&amp;Nieuw project…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/menus.py" line="54" />
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/menus.py" line="61" />
        <source>&amp;Import transcripts…</source>
        <translation>Transcripten &amp;importeren…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/menus.py" line="65" />
        <source>Import .docx, .odt, .txt, .vtt or .srt transcripts</source>
        <translation>Transcripten in .docx, .odt, .txt, .vtt of .srt importeren</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/menus.py" line="70" />
        <source>&amp;Export codebook…</source>
        <translation>Codeboek &amp;exporteren…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/menus.py" line="74" />
        <source>&amp;Close project</source>
        <translation>Project &amp;sluiten</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/menus.py" line="79" />
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/menus.py" line="81" />
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/menus.py" line="84" />
        <source>&amp;Redo</source>
        <translation>Op&amp;nieuw</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/menus.py" line="91" />
        <source>&amp;Find…</source>
        <translation>&amp;Zoeken…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/menus.py" line="97" />
        <source>Find &amp;next</source>
        <translation>&amp;Volgende zoeken</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/menus.py" line="101" />
        <source>Find &amp;previous</source>
        <translation>V&amp;orige zoeken</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/menus.py" line="107" />
        <source>Find in &amp;all documents…</source>
        <translation>Zoeken in &amp;alle documenten…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/menus.py" line="112" />
        <source>Your &amp;name as coder…</source>
        <translation>Je &amp;naam als codeerder…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/menus.py" line="116" />
        <source>&amp;Bigger text</source>
        <translation>&amp;Grotere tekst</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/menus.py" line="123" />
        <source>&amp;Smaller text</source>
        <translation>&amp;Kleinere tekst</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/menus.py" line="130" />
        <source>Code &amp;with…</source>
        <translation>Coderen &amp;met…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/menus.py" line="134" />
        <source>Code the selected passage with a code you pick by typing</source>
        <translation>De geselecteerde passage coderen met een code die je kiest door te typen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/menus.py" line="140" />
        <source>New code from &amp;selection</source>
        <translation>Nieuwe code uit &amp;selectie</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/menus.py" line="144" />
        <source>Create a code named after the selected words and apply it (in-vivo)</source>
        <translation>Een code maken met de geselecteerde woorden als naam en ze toepassen (in vivo)</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/menus.py" line="150" />
        <source>&amp;Add code…</source>
        <translation>Code &amp;toevoegen…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/menus.py" line="156" />
        <location filename="../../duocoder/gui/menus.py" line="253" />
        <source>Quick code %1</source>
        <translation>Snelcode %1</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/menus.py" line="162" />
        <source>&amp;About DuoCoder</source>
        <translation>&amp;Over DuoCoder</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/menus.py" line="168" />
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/menus.py" line="171" />
        <source>Open &amp;recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/menus.py" line="179" />
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/menus.py" line="187" />
        <source>&amp;Code</source>
        <translation>&amp;Coderen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/menus.py" line="191" />
        <source>&amp;Quick codes</source>
        <translation>&amp;Snelcodes</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/menus.py" line="194" />
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/menus.py" line="200" />
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/menus.py" line="202" />
        <source>&amp;System language</source>
        <translation>&amp;Taal van het systeem</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/menus.py" line="209" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/menus.py" line="211" />
        <source>Main toolbar</source>
        <translation>Hoofdwerkbalk</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/menus.py" line="233" />
        <source>Quick codes</source>
        <translation>Snelcodes</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/menus.py" line="244" />
        <source>Quick codes:</source>
        <translation>Snelcodes:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/menus.py" line="265" />
        <source>(the codes you apply appear here: Ctrl+1 to Ctrl+9)</source>
        <translation>(de codes die je toepast verschijnen hier: Ctrl+1 tot Ctrl+9)</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/project_files.py" line="18" />
        <source>DuoCoder projects (*.duocoder)</source>
        <translation>DuoCoder-projecten (*.duocoder)</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/project_files.py" line="30" />
        <source>Open project</source>
        <translation>Project openen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/project_files.py" line="40" />
        <source>New project</source>
        <translation>Nieuw project</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/project_files.py" line="67" />
        <source>The demo project could not be built (%1).</source>
        <translation>Het demoproject kon niet gemaakt worden (%1).</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/project_files.py" line="93" />
        <source>(none yet)</source>
        <translation>(nog geen)</translation>
    </message>
</context>
<context>
    <name>SegmentsModel</name>
    <message>
        <location filename="../../duocoder/gui/segments_pane.py" line="55" />
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/segments_pane.py" line="56" />
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/segments_pane.py" line="57" />
        <source>Case</source>
        <translation>Casus</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/segments_pane.py" line="58" />
        <source>¶</source>
        <translation>¶</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/segments_pane.py" line="59" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/segments_pane.py" line="60" />
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/segments_pane.py" line="82" />
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
</context>
<context>
    <name>SegmentsPane</name>
    <message>
        <location filename="../../duocoder/gui/segments_pane.py" line="129" />
        <source>All roles</source>
        <translation>Alle rollen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/segments_pane.py" line="139" />
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/segments_pane.py" line="140" />
        <source>C&amp;ase:</source>
        <translation>C&amp;asus:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/segments_pane.py" line="141" />
        <source>C&amp;oder:</source>
        <translation>C&amp;odeerder:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/segments_pane.py" line="169" />
        <source>All cases</source>
        <translation>Alle casussen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/segments_pane.py" line="170" />
        <source>All coders</source>
        <translation>Alle codeerders</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/segments_pane.py" line="196" />
        <source>Tick codes in the code tree to see their segments.</source>
        <translation>Vink codes aan in de codeboom om hun segmenten te zien.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../duocoder/gui/segments_pane.py" line="221" />
        <source>in %n selected document(s)</source>
        <translation>
            <numerusform>in %n geselecteerd document</numerusform><numerusform>in %n geselecteerde documenten</numerusform></translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/segments_pane.py" line="223" />
        <source>in all documents</source>
        <translation>in alle documenten</translation>
    </message>
    <message numerus="yes">
        <location filename="../../duocoder/gui/segments_pane.py" line="225" />
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segment</numerusform><numerusform>%n segmenten</numerusform></translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/segments_pane.py" line="247" />
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <location filename="../../duocoder/gui/transcript_view.py" line="353" />
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../duocoder/gui/welcome.py" line="28" />
        <source>Welcome to DuoCoder</source>
        <translation>Welkom bij DuoCoder</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/welcome.py" line="34" />
        <source>Code interview transcripts of duowerkingen: import the interviews of coordinators, participants and volunteers, and code them with your codebook.</source>
        <translation>Codeer interviewtranscripten van duowerkingen: importeer de interviews met coördinatoren, deelnemers en vrijwilligers, en codeer ze met je codeboek.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/welcome.py" line="42" />
        <source>&amp;New project…</source>
        <translation>&amp;Nieuw project…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/welcome.py" line="43" />
        <source>&amp;Open project…</source>
        <translation>Project &amp;openen…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/welcome.py" line="44" />
        <source>Open the &amp;demo project</source>
        <translation>Het &amp;demoproject openen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/welcome.py" line="54" />
        <source>&amp;Recent projects:</source>
        <translation>&amp;Recente projecten:</translation>
    </message>
</context>
</TS>