; Inno Setup script of DuoCoder's Windows installer, made from the one-folder bundle
; (python tasks.py bundle, then: iscc /DAppVersion=X.Y.Z packaging\duocoder.iss).
; A folder carries no file association on Windows: the installer registers *.duocoder for the
; researcher who installs it (HKCU: no administrator needed), so a double click on a project
; opens it in DuoCoder.

#ifndef AppVersion
  #define AppVersion "0"
#endif

[Setup]
AppId=DuoCoder
AppName=DuoCoder
AppVersion={#AppVersion}
AppPublisher=DuoCoder developers
DefaultDirName={autopf}\DuoCoder
DefaultGroupName=DuoCoder
PrivilegesRequired=lowest
ChangesAssociations=yes
OutputDir=..\dist
OutputBaseFilename=DuoCoder-{#AppVersion}-setup
SetupIconFile=..\resources\icons\duocoder.ico
UninstallDisplayIcon={app}\DuoCoder.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\dist\DuoCoder\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\DuoCoder"; Filename: "{app}\DuoCoder.exe"
Name: "{autodesktop}\DuoCoder"; Filename: "{app}\DuoCoder.exe"; Tasks: desktopicon

[Registry]
Root: HKA; Subkey: "Software\Classes\.duocoder"; ValueType: string; ValueName: ""; ValueData: "DuoCoder.Project"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\DuoCoder.Project"; ValueType: string; ValueName: ""; ValueData: "DuoCoder project"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\DuoCoder.Project\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\DuoCoder.exe,0"
Root: HKA; Subkey: "Software\Classes\DuoCoder.Project\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\DuoCoder.exe"" ""%1"""

[Run]
Filename: "{app}\DuoCoder.exe"; Description: "{cm:LaunchProgram,DuoCoder}"; Flags: nowait postinstall skipifsilent
