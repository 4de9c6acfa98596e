; The Stepping Stones installer for Windows, built by `cargo xtask dist` with NSIS.
;
; It installs for the person running it only, into their own AppData folder, so it needs
; no administrator rights. It adds a Start-menu entry, an entry under Settings > Apps to
; remove it, and lets session files (.ron) open in the app from Explorer.
;
; `cargo xtask dist` passes: VERSION (1.2.3), APP_EXE and APP_ICON (files to pack), OUTFILE.
; `installer.exe /S` installs silently; `uninstall.exe /S` removes silently.

; A 64-bit installer, like the app it carries (which only runs on 64-bit Windows).
Target amd64-unicode
SetCompressor /SOLID lzma
RequestExecutionLevel user
ManifestDPIAware true

!define APP_NAME "Stepping Stones"
!define PROG_ID "SteppingStones.Session"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\SteppingStones"

Name "${APP_NAME}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP_NAME}"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
BrandingText "${APP_NAME} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey "ProductName" "${APP_NAME}"
VIAddVersionKey "ProductVersion" "${VERSION}"
VIAddVersionKey "FileVersion" "${VERSION}"
VIAddVersionKey "FileDescription" "${APP_NAME} installer"
VIAddVersionKey "LegalCopyright" "MIT or Apache-2.0"

!include "MUI2.nsh"
!include "FileFunc.nsh"

!define MUI_ICON "${APP_ICON}"
!define MUI_UNICON "${APP_ICON}"
!define MUI_WELCOMEPAGE_TEXT "This puts ${APP_NAME} ${VERSION} on this computer, for you.$\r$\n$\r$\nIt does not need an administrator, and it does not need the internet.$\r$\n$\r$\nClick Install to carry on."
!define MUI_FINISHPAGE_RUN "$INSTDIR\stepping-stones.exe"
!define MUI_FINISHPAGE_RUN_TEXT "Open ${APP_NAME} now"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"

Function .onInit
    SetShellVarContext current
FunctionEnd

Function un.onInit
    SetShellVarContext current
FunctionEnd

Section "Install"
    SetOutPath "$INSTDIR"
    File "/oname=stepping-stones.exe" "${APP_EXE}"
    File "/oname=stepping-stones.ico" "${APP_ICON}"
    WriteUninstaller "$INSTDIR\uninstall.exe"

    CreateShortcut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\stepping-stones.exe" "" "$INSTDIR\stepping-stones.ico" 0

    ; Session files open in the app from Explorer ("Open with", and double-click when no
    ; other program has claimed .ron files).
    WriteRegStr HKCU "Software\Classes\${PROG_ID}" "" "${APP_NAME} session"
    WriteRegStr HKCU "Software\Classes\${PROG_ID}\DefaultIcon" "" "$INSTDIR\stepping-stones.ico,0"
    WriteRegStr HKCU "Software\Classes\${PROG_ID}\shell\open\command" "" '"$INSTDIR\stepping-stones.exe" "%1"'
    WriteRegStr HKCU "Software\Classes\.ron\OpenWithProgids" "${PROG_ID}" ""
    ReadRegStr $0 HKCU "Software\Classes\.ron" ""
    StrCmp $0 "" 0 +2
        WriteRegStr HKCU "Software\Classes\.ron" "" "${PROG_ID}"
    WriteRegStr HKCU "Software\Classes\Applications\stepping-stones.exe\shell\open\command" "" '"$INSTDIR\stepping-stones.exe" "%1"'
    WriteRegStr HKCU "Software\Classes\Applications\stepping-stones.exe\SupportedTypes" ".ron" ""
    ; Tell Explorer the file types changed (SHCNE_ASSOCCHANGED).
    System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'

    ; Settings > Apps lists it, with its size, and removes it.
    WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
    WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
    WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "The ${APP_NAME} project"
    WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\stepping-stones.ico"
    WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
    WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
    WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
    WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
    WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
    ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
    IntFmt $0 "0x%08X" $0
    WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

; Removes the app and its entries. The group's session files and the app's recovery
; copies are the group's work: they stay.
Section "Uninstall"
    Delete "$INSTDIR\stepping-stones.exe"
    Delete "$INSTDIR\stepping-stones.ico"
    Delete "$INSTDIR\uninstall.exe"
    RMDir "$INSTDIR"
    Delete "$SMPROGRAMS\${APP_NAME}.lnk"

    ReadRegStr $0 HKCU "Software\Classes\.ron" ""
    StrCmp $0 "${PROG_ID}" 0 +2
        DeleteRegValue HKCU "Software\Classes\.ron" ""
    DeleteRegValue HKCU "Software\Classes\.ron\OpenWithProgids" "${PROG_ID}"
    DeleteRegKey /ifempty HKCU "Software\Classes\.ron\OpenWithProgids"
    DeleteRegKey /ifempty HKCU "Software\Classes\.ron"
    DeleteRegKey HKCU "Software\Classes\${PROG_ID}"
    DeleteRegKey HKCU "Software\Classes\Applications\stepping-stones.exe"
    System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'

    DeleteRegKey HKCU "${UNINSTALL_KEY}"
SectionEnd
