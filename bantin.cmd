@echo off
rem Ban tin command line on Windows: the same as ./bantin on Linux and macOS, whose comments say why each JVM
rem setting is there (LauncherTest checks that both use the same). It finds the jar beside itself, so it runs
rem from any folder of the site by its path: .\bantin check, or ..\..\bantin check from content\tin-tuc.
setlocal
rem The tool prints UTF-8: the console shows Vietnamese only in code page 65001.
chcp 65001 >nul
set "here=%~dp0"
set "jar=%here%target\bantin.jar"
if exist "%jar%" goto run
rem The message catalog's sentence, in BANTIN_LANG's language (Vietnamese by default). Delayed expansion only
rem here: it would eat the "!" of a title given to the tool.
setlocal EnableDelayedExpansion
set "lang=vi"
if /i "%BANTIN_LANG%"=="en" set "lang=en"
for /f "usebackq tokens=1,* delims==" %%a in (`findstr /b /l /c:"launcher.missing =" "%here%src\main\resources\vn\gov\noivu\bantin\base\messages_%lang%.properties"`) do set "message=%%b"
set "message=!message:~1!"
>&2 echo !message:{0}=%jar%!
exit /b 2
:run
set "cds="
if exist "%here%target\bantin.jsa" set cds="-XX:SharedArchiveFile=%here%target\bantin.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off
java %cds% -XX:TieredStopAtLevel=1 -XX:Tier3InvocationThreshold=100 -XX:Tier3MinInvocationThreshold=50 -XX:Tier3CompileThreshold=1000 -XX:+UseSerialGC -Xmn64m -XX:MinHeapFreeRatio=20 -XX:MaxHeapFreeRatio=40 %BANTIN_JAVA_OPTS% "-Dbantin.name=%~0" -jar "%jar%" %*
exit /b %errorlevel%
