<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa" sourcelanguage="en">
<context>
    <name>CountdownOverlay</name>
    <message>
        <location filename="../kiosk/ui/widgets/countdown_overlay.py" line="85"/>
        <source>Are you still there?</source>
        <translation>هنوز اینجا هستید؟</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/countdown_overlay.py" line="87"/>
        <source>When the count reaches zero, the screen is cleared for the next person.</source>
        <translation>وقتی شمارش به صفر برسد، صفحه برای نفر بعدی پاک می‌شود.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/countdown_overlay.py" line="89"/>
        <source>Yes, continue</source>
        <translation>بله، ادامه</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/countdown_overlay.py" line="91"/>
        <source>Keeps what you are looking at; the screen is not cleared</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayPanel</name>
    <message>
        <location filename="../kiosk/ui/widgets/display_panel.py" line="70"/>
        <source>Normal text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/display_panel.py" line="70"/>
        <source>Large text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/display_panel.py" line="70"/>
        <source>Largest text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/display_panel.py" line="73"/>
        <source>Changes the size of the text on every screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/display_panel.py" line="74"/>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/display_panel.py" line="75"/>
        <source>Contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/display_panel.py" line="76"/>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/display_panel.py" line="77"/>
        <source>Standard contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/display_panel.py" line="78"/>
        <location filename="../kiosk/ui/widgets/display_panel.py" line="79"/>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/display_panel.py" line="80"/>
        <source>The usual colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/display_panel.py" line="82"/>
        <source>Black text on white, for easier reading</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmergencyScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/emergency.py" line="45"/>
        <source>Emergency numbers</source>
        <translation>شماره‌های اضطراری</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/emergency.py" line="46"/>
        <source>Find an IOM office</source>
        <translation>پیدا کردن دفتر سازمان بین‌المللی مهاجرت</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/emergency.py" line="47"/>
        <source>Shows the IOM offices in Georgia</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="48"/>
        <source>Today: %1</source>
        <translation>امروز: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="73"/>
        <source>IOM offices</source>
        <translation>دفترهای سازمان بین‌المللی مهاجرت</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="74"/>
        <source>The central office in Tbilisi and four field offices</source>
        <translation>دفتر مرکزی در تفلیس و چهار دفتر منطقه‌ای</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="76"/>
        <source>Emergency numbers</source>
        <translation>شماره‌های اضطراری</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="77"/>
        <source>Police, ambulance and fire: 112</source>
        <translation>پلیس، آمبولانس و آتش‌نشانی: 112</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="82"/>
        <source>Information updated: %1</source>
        <translation>تاریخ به‌روزرسانی اطلاعات: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="87"/>
        <source>What do you need?</source>
        <translation>به چه چیزی نیاز دارید؟</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="88"/>
        <source>How IOM helps</source>
        <translation>سازمان بین‌المللی مهاجرت چگونه کمک می‌کند</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="89"/>
        <source>About IOM, offices and emergencies</source>
        <translation>درباره سازمان، دفترها و شماره‌های اضطراری</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="90"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="91"/>
        <source>Type a word to find a topic or an office</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="76"/>
        <source>Back</source>
        <translation>بازگشت</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="77"/>
        <source>Home</source>
        <translation>صفحه اصلی</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="78"/>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="79"/>
        <source>Emergency 112</source>
        <translation>تماس اضطراری 112</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="80"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="81"/>
        <source>Find a topic or an office by typing a word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="84"/>
        <source>Text size and contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="85"/>
        <source>Quick exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="86"/>
        <source>Go back to the previous screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="87"/>
        <source>Go to the start page with all topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="88"/>
        <source>Choose another language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="89"/>
        <source>Emergency numbers: police, ambulance, fire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="90"/>
        <source>Bigger text or higher contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="92"/>
        <source>Hides this screen at once and forgets everything you did</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficeListScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/offices.py" line="32"/>
        <source>IOM offices in Georgia</source>
        <translation>دفترهای سازمان بین‌المللی مهاجرت در گرجستان</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/offices.py" line="33"/>
        <source>Touch an office to see how to reach it.</source>
        <translation>روی یک دفتر بزنید تا ببینید چطور به آن برسید.</translation>
    </message>
</context>
<context>
    <name>OfficeScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/office.py" line="55"/>
        <source>Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/office.py" line="56"/>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/office.py" line="57"/>
        <source>E-mail</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/office.py" line="58"/>
        <source>Website</source>
        <translation>وب‌سایت</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/office.py" line="59"/>
        <source>Opening hours</source>
        <translation>ساعات کاری</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/office.py" line="92"/>
        <source>The address and contact details of this office are not yet on this kiosk. Please ask the staff here or at any IOM office.</source>
        <translation>نشانی و اطلاعات تماس این دفتر هنوز در این دستگاه نیست. لطفاً از کارکنان اینجا یا در هر یک از دفترهای سازمان بین‌المللی مهاجرت بپرسید.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/office.py" line="95"/>
        <source>Help you can get here</source>
        <translation>کمکی که اینجا می‌توانید بگیرید</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/office.py" line="96"/>
        <source>In an emergency, call 112: free, day and night.</source>
        <translation>در وضعیت اضطراری با شماره 112 تماس بگیرید: رایگان، شبانه‌روزی.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/office.py" line="98"/>
        <source>This text has not yet been checked by a native speaker.</source>
        <translation>این متن هنوز توسط یک فارسی‌زبان بازبینی نشده است.</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="149"/>
        <source>Latin letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="149"/>
        <source>Own letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="209"/>
        <source>Types this letter into the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="212"/>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="213"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="214"/>
        <source>Delete the last letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="215"/>
        <source>Types a space between words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="216"/>
        <source>Empties the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="217"/>
        <source>Removes the letter typed last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="219"/>
        <source>Switches between Latin letters and the letters of your language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperatorScreen</name>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="115"/>
        <source>Update refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="118"/>
        <source>Test print failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="145"/>
        <source>No content is loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="150"/>
        <source>Version %1, installed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="159"/>
        <source>Printer state unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="167"/>
        <source>Usage figures cannot be read; see the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="180"/>
        <source>Updates cannot be imported on this kiosk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="185"/>
        <source>No update found on a USB stick (looking for %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="189"/>
        <source>Importing %1 ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="196"/>
        <source>Update imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="203"/>
        <source>Sending a test page ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="208"/>
        <source>Test page sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="214"/>
        <source>No writable USB stick found. Insert one and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="220"/>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="225"/>
        <source>Written to %1 (%2 rows; %3 small counts left out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="230"/>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="232"/>
        <source>Kiosk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="233"/>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="234"/>
        <source>Import update from USB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="235"/>
        <source>Printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="236"/>
        <source>Test print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="237"/>
        <source>Usage figures (all hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="239"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="239"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="239"/>
        <source>Language</source>
        <translation type="unfinished">زبان</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="239"/>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="240"/>
        <source>Export usage figures to USB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="241"/>
        <source>Recent log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="242"/>
        <source>Back to kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="243"/>
        <source>Exit to desktop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinPadScreen</name>
    <message>
        <location filename="../kiosk/ui/operator/pin_pad.py" line="101"/>
        <source>No operator PIN is set on this kiosk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../kiosk/ui/operator/pin_pad.py" line="105"/>
        <source>Wrong PIN. Tries left before a lock: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../kiosk/ui/operator/pin_pad.py" line="109"/>
        <source>Too many wrong tries. Locked for %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_pad.py" line="113"/>
        <source>Operator PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_pad.py" line="114"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_pad.py" line="115"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_pad.py" line="116"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintButton</name>
    <message>
        <location filename="../kiosk/ui/printing_setup.py" line="36"/>
        <source>Print leaflet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/printing_setup.py" line="37"/>
        <source>Shows the leaflet to take away, then prints it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintPreviewScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="136"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="187"/>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="189"/>
        <source>Sends this leaflet to the kiosk&apos;s printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="190"/>
        <source>Your leaflet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="190"/>
        <source>Printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="193"/>
        <source>Preparing the preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="195"/>
        <source>This is exactly what will be printed. Tap Print to print it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="197"/>
        <source>This leaflet cannot be printed at the moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="207"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="207"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="209"/>
        <source>Goes back to the page you were reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="214"/>
        <source>Scan this code with your phone to keep the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="215"/>
        <source>QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="221"/>
        <source>Sending to the printer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="223"/>
        <source>Waiting for the printer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="225"/>
        <source>Printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="227"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="227"/>
        <source>Please take your leaflet from the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="228"/>
        <source>Could not print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="231"/>
        <source>Please tell a member of staff, or scan the code below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="233"/>
        <source>The printing service of this kiosk is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="234"/>
        <source>No printer is connected to this kiosk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="235"/>
        <source>The printer has been stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="236"/>
        <source>The printer is not taking new leaflets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="237"/>
        <source>The printer is out of paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="238"/>
        <source>Paper is stuck in the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="239"/>
        <source>The printer is switched off or not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="240"/>
        <source>The printer has a fault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="241"/>
        <source>The printer could not print this leaflet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="242"/>
        <source>The printer took too long, so printing was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="244"/>
        <source>You have printed as many leaflets as one visit allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="246"/>
        <source>This kiosk has printed as many leaflets as it may this hour. Please try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="249"/>
        <source>Printing did not work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="251"/>
        <source>You can scan the code below instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadAloudControl</name>
    <message>
        <location filename="../kiosk/ui/widgets/read_aloud_control.py" line="66"/>
        <source>Preparing… (touch to stop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/read_aloud_control.py" line="68"/>
        <source>Stop reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/read_aloud_control.py" line="70"/>
        <source>Reading aloud is not available in this language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/read_aloud_control.py" line="72"/>
        <source>No sound on this kiosk: please ask the staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/read_aloud_control.py" line="74"/>
        <source>Reading aloud failed: touch to try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/read_aloud_control.py" line="76"/>
        <source>Read aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/read_aloud_control.py" line="84"/>
        <source>Reads this page aloud in your language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/read_aloud_control.py" line="85"/>
        <source>Reading progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/search.py" line="141"/>
        <source>Search is not available on this kiosk at the moment. These pages may help:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/search.py" line="144"/>
        <source>Nothing found for these letters. Try fewer letters, or look here:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/search.py" line="147"/>
        <source>Touch the letters below to type a word: a town, a need or a kind of help. Results appear as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/search.py" line="164"/>
        <source>Type a word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/search.py" line="165"/>
        <source>IOM offices</source>
        <translation type="unfinished">دفترهای سازمان بین‌المللی مهاجرت</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/search.py" line="166"/>
        <source>The central office in Tbilisi and four field offices</source>
        <translation type="unfinished">دفتر مرکزی در تفلیس و چهار دفتر منطقه‌ای</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/search.py" line="167"/>
        <source>Emergency numbers</source>
        <translation type="unfinished">شماره‌های اضطراری</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/search.py" line="168"/>
        <source>Police, ambulance and fire: 112</source>
        <translation type="unfinished">پلیس، آمبولانس و آتش‌نشانی: 112</translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message>
        <location filename="../kiosk/ui/widgets/tile.py" line="43"/>
        <source>Touch to open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopicScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/topic.py" line="82"/>
        <source>Find an IOM office</source>
        <translation>پیدا کردن دفتر سازمان بین‌المللی مهاجرت</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/topic.py" line="83"/>
        <source>Shows the IOM offices in Georgia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/topic.py" line="84"/>
        <source>See also</source>
        <translation>همچنین ببینید</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/topic.py" line="86"/>
        <source>This text has not yet been checked by a native speaker.</source>
        <translation>این متن هنوز توسط یک فارسی‌زبان بازبینی نشده است.</translation>
    </message>
</context>
<context>
    <name>UnavailableScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/unavailable.py" line="22"/>
        <source>This kiosk is out of service for a moment.</source>
        <translation>این دستگاه موقتاً از کار افتاده است.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/unavailable.py" line="24"/>
        <source>Please ask the staff for help. In an emergency, call 112: free, day and night.</source>
        <translation>لطفاً از کارکنان کمک بخواهید. در وضعیت اضطراری با شماره 112 تماس بگیرید: رایگان، شبانه‌روزی.</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/welcome.py" line="11"/>
        <source>Touch your language to begin</source>
        <translation>برای شروع، روی زبان خود بزنید</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/welcome.py" line="81"/>
        <source>IOM Georgia: information and help for migrants</source>
        <translation>سازمان بین‌المللی مهاجرت در گرجستان: اطلاعات و کمک برای مهاجران</translation>
    </message>
</context>
</TS>
