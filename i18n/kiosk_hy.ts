<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hy" sourcelanguage="en">
<context>
    <name>CountdownOverlay</name>
    <message>
        <location filename="../kiosk/ui/widgets/countdown_overlay.py" line="85"/>
        <source>Are you still there?</source>
        <translation>Դեռ այստե՞ղ եք</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/countdown_overlay.py" line="87"/>
        <source>When the count reaches zero, the screen is cleared for the next person.</source>
        <translation>Երբ հաշվարկը հասնի զրոյի, էկրանը կմաքրվի հաջորդ մարդու համար։</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/countdown_overlay.py" line="89"/>
        <source>Yes, continue</source>
        <translation>Այո, շարունակել</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/countdown_overlay.py" line="91"/>
        <source>Keeps what you are looking at; the screen is not cleared</source>
        <translation>Պահպանում է այն, ինչ դիտում եք, և էկրանը չի մաքրվում</translation>
    </message>
</context>
<context>
    <name>DisplayPanel</name>
    <message>
        <location filename="../kiosk/ui/widgets/display_panel.py" line="70"/>
        <source>Normal text</source>
        <translation>Սովորական տեքստ</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/display_panel.py" line="70"/>
        <source>Large text</source>
        <translation>Մեծ տեքստ</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/display_panel.py" line="70"/>
        <source>Largest text</source>
        <translation>Ամենամեծ տեքստ</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/display_panel.py" line="73"/>
        <source>Changes the size of the text on every screen</source>
        <translation>Փոխում է տեքստի չափը բոլոր էկրաններում</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/display_panel.py" line="74"/>
        <source>Text size</source>
        <translation>Տեքստի չափ</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/display_panel.py" line="75"/>
        <source>Contrast</source>
        <translation>Կոնտրաստ</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/display_panel.py" line="76"/>
        <source>Standard</source>
        <translation>Սովորական</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/display_panel.py" line="77"/>
        <source>Standard contrast</source>
        <translation>Սովորական կոնտրաստ</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/display_panel.py" line="78"/>
        <location filename="../kiosk/ui/widgets/display_panel.py" line="79"/>
        <source>High contrast</source>
        <translation>Բարձր կոնտրաստ</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/display_panel.py" line="80"/>
        <source>The usual colours</source>
        <translation>Սովորական գույները</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/display_panel.py" line="82"/>
        <source>Black text on white, for easier reading</source>
        <translation>Սև տեքստ սպիտակի վրա՝ ավելի հեշտ կարդալու համար</translation>
    </message>
</context>
<context>
    <name>EmergencyScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/emergency.py" line="45"/>
        <source>Emergency numbers</source>
        <translation>Արտակարգ դեպքերի համարներ</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/emergency.py" line="46"/>
        <source>Find an IOM office</source>
        <translation>Գտնել ՄՄԿ-ի գրասենյակ</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/emergency.py" line="47"/>
        <source>Shows the IOM offices in Georgia</source>
        <translation>Ցույց է տալիս ՄՄԿ-ի գրասենյակները Վրաստանում</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="48"/>
        <source>Today: %1</source>
        <translation>Այսօր՝ %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="81"/>
        <source>IOM offices</source>
        <translation>ՄՄԿ-ի գրասենյակներ</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="82"/>
        <source>The central office in Tbilisi and four field offices</source>
        <translation>Կենտրոնական գրասենյակը Թբիլիսիում և չորս տարածքային գրասենյակ</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="84"/>
        <source>Emergency numbers</source>
        <translation>Արտակարգ դեպքերի համարներ</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="85"/>
        <source>Police, ambulance and fire: 112</source>
        <translation>Ոստիկանություն, շտապ օգնություն և հրշեջներ՝ 112</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="91"/>
        <source>Information updated: %1</source>
        <translation>Տեղեկությունը թարմացվել է՝ %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="96"/>
        <source>What do you need?</source>
        <translation>Ի՞նչ է Ձեզ պետք</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="97"/>
        <source>How IOM helps</source>
        <translation>Ինչպես է օգնում ՄՄԿ-ն</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="98"/>
        <source>About IOM, offices and emergencies</source>
        <translation>ՄՄԿ-ի մասին, գրասենյակներ և արտակարգ դեպքեր</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="99"/>
        <source>Search</source>
        <translation>Որոնում</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="100"/>
        <source>Type a word to find a topic or an office</source>
        <translation>Գրեք բառ՝ թեմա կամ գրասենյակ գտնելու համար</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="76"/>
        <source>Back</source>
        <translation>Հետ</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="77"/>
        <source>Home</source>
        <translation>Գլխավոր</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="78"/>
        <source>Language</source>
        <translation>Լեզու</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="79"/>
        <source>Emergency 112</source>
        <translation>Շտապ զանգ 112</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="80"/>
        <source>Search</source>
        <translation>Որոնում</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="81"/>
        <source>Find a topic or an office by typing a word</source>
        <translation>Գտնել թեմա կամ գրասենյակ՝ բառ գրելով</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="84"/>
        <source>Text size and contrast</source>
        <translation>Տեքստի չափ և կոնտրաստ</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="85"/>
        <source>Quick exit</source>
        <translation>Արագ ելք</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="86"/>
        <source>Go back to the previous screen</source>
        <translation>Վերադառնալ նախորդ էկրան</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="87"/>
        <source>Go to the start page with all topics</source>
        <translation>Անցնել գլխավոր էջ՝ բոլոր թեմաներով</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="88"/>
        <source>Choose another language</source>
        <translation>Ընտրել այլ լեզու</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="89"/>
        <source>Emergency numbers: police, ambulance, fire</source>
        <translation>Արտակարգ դեպքերի համարներ՝ ոստիկանություն, շտապ օգնություն, հրշեջներ</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="90"/>
        <source>Bigger text or higher contrast</source>
        <translation>Ավելի մեծ տեքստ կամ ավելի բարձր կոնտրաստ</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="92"/>
        <source>Hides this screen at once and forgets everything you did</source>
        <translation>Անմիջապես թաքցնում է այս էկրանը և մոռանում այն ամենը, ինչ արել եք</translation>
    </message>
</context>
<context>
    <name>OfficeListScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/offices.py" line="38"/>
        <source>%1 km from here, in a straight line</source>
        <translation>%1 կմ այստեղից՝ ուղիղ գծով</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/offices.py" line="46"/>
        <source>IOM offices in Georgia</source>
        <translation>ՄՄԿ-ի գրասենյակները Վրաստանում</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/offices.py" line="49"/>
        <source>The office nearest to this kiosk is first. Touch an office to see what this kiosk knows about it.</source>
        <translation>Առաջինն այս սարքին ամենամոտ գրասենյակն է։ Հպեք գրասենյակին՝ տեսնելու համար, թե ինչ տեղեկություն կա դրա մասին այս սարքում։</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/offices.py" line="52"/>
        <source>Touch an office to see what this kiosk knows about it.</source>
        <translation>Հպեք գրասենյակին՝ տեսնելու համար, թե ինչ տեղեկություն կա դրա մասին այս սարքում։</translation>
    </message>
</context>
<context>
    <name>OfficeScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/office.py" line="55"/>
        <source>Address</source>
        <translation>Հասցե</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/office.py" line="56"/>
        <source>Phone</source>
        <translation>Հեռախոս</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/office.py" line="57"/>
        <source>E-mail</source>
        <translation>Էլ. փոստ</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/office.py" line="58"/>
        <source>Website</source>
        <translation>Կայք</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/office.py" line="59"/>
        <source>Opening hours</source>
        <translation>Աշխատանքային ժամեր</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/office.py" line="93"/>
        <source>This is an IOM office. Its address and phone number are not on this kiosk yet. Please ask the staff where this kiosk stands.</source>
        <translation>Սա ՄՄԿ-ի գրասենյակ է։ Դրա հասցեն և հեռախոսահամարը դեռ չկան այս սարքում։ Խնդրում ենք հարցնել աշխատակիցներին այն վայրում, որտեղ գտնվում է այս սարքը։</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/office.py" line="96"/>
        <source>Help you can get here</source>
        <translation>Օգնություն, որ կարող եք ստանալ այստեղ</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/office.py" line="97"/>
        <source>In an emergency, call 112: free, day and night.</source>
        <translation>Շտապ դեպքում զանգահարեք 112՝ անվճար, օր ու գիշեր։</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/office.py" line="99"/>
        <source>This text has not yet been checked by a native speaker.</source>
        <translation>Այս տեքստը դեռ չի ստուգել մայրենի լեզվով խոսողը։</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="149"/>
        <source>Latin letters</source>
        <translation>Լատինական տառեր</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="149"/>
        <source>Own letters</source>
        <translation>Հայերեն տառեր</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="209"/>
        <source>Types this letter into the search</source>
        <translation>Գրում է այս տառը որոնման դաշտում</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="212"/>
        <source>Space</source>
        <translation>Բացատ</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="213"/>
        <source>Clear</source>
        <translation>Մաքրել</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="214"/>
        <source>Delete the last letter</source>
        <translation>Ջնջել վերջին տառը</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="215"/>
        <source>Types a space between words</source>
        <translation>Բացատ է դնում բառերի միջև</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="216"/>
        <source>Empties the search</source>
        <translation>Մաքրում է որոնման դաշտը</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="217"/>
        <source>Removes the letter typed last</source>
        <translation>Ջնջում է վերջին գրված տառը</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="219"/>
        <source>Switches between Latin letters and the letters of your language</source>
        <translation>Անցում է կատարում լատինական և հայերեն տառերի միջև</translation>
    </message>
</context>
<context>
    <name>OperatorScreen</name>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="129"/>
        <source>Update refused: %1</source>
        <translation>Թարմացումը մերժվեց՝ %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="135"/>
        <source>Test print failed: %1</source>
        <translation>Փորձնական տպումը ձախողվեց՝ %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="162"/>
        <source>No content is loaded.</source>
        <translation>Բովանդակություն բեռնված չէ։</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="167"/>
        <source>Version %1, installed %2</source>
        <translation>Տարբերակ %1, տեղադրված՝ %2</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="133"/>
        <source>Printer state unavailable: %1</source>
        <translation>Տպիչի վիճակը հասանելի չէ՝ %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="176"/>
        <source>Asking the printer…</source>
        <translation>Տպիչի վիճակը ճշտվում է…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="185"/>
        <source>Usage figures cannot be read; see the log.</source>
        <translation>Օգտագործման տվյալները հնարավոր չէ կարդալ, տե՛ս մատյանը։</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="198"/>
        <source>Updates cannot be imported on this kiosk.</source>
        <translation>Այս սարքում թարմացումներ ներմուծել հնարավոր չէ։</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="203"/>
        <source>No update found on a USB stick (looking for %1).</source>
        <translation>USB կրիչում թարմացում չի գտնվել (որոնվում է՝ %1)։</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="209"/>
        <source>Importing %1 ...</source>
        <translation>Ներմուծվում է %1 ...</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="225"/>
        <source>Unpacking: %1 of %2 kB</source>
        <translation>Ապափաթեթավորում՝ %1 ԿԲ %2 ԿԲ-ից</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="229"/>
        <source>Checking the update…</source>
        <translation>Թարմացման ստուգում…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="230"/>
        <source>Building the new content…</source>
        <translation>Նոր բովանդակության կառուցում…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="231"/>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="232"/>
        <source>Switching to the new content…</source>
        <translation>Անցում նոր բովանդակությանը…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="238"/>
        <source>Update imported.</source>
        <translation>Թարմացումը ներմուծված է։</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="245"/>
        <source>Sending a test page ...</source>
        <translation>Փորձնական էջն ուղարկվում է ...</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="250"/>
        <source>Test page sent.</source>
        <translation>Փորձնական էջն ուղարկված է։</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="256"/>
        <source>No writable USB stick found. Insert one and try again.</source>
        <translation>Գրառման համար հասանելի USB կրիչ չի գտնվել։ Միացրեք այն և նորից փորձեք։</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="262"/>
        <source>Export failed: %1</source>
        <translation>Արտահանումը ձախողվեց՝ %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="267"/>
        <source>Written to %1 (%2 rows; %3 small counts left out).</source>
        <translation>Գրված է %1 ֆայլում (%2 տող, %3 փոքր թվեր բաց են թողնված)։</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="272"/>
        <source>Operator</source>
        <translation>Օպերատոր</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="274"/>
        <source>Kiosk: %1</source>
        <translation>Սարք՝ %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="275"/>
        <source>Content</source>
        <translation>Բովանդակություն</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="276"/>
        <source>Import update from USB</source>
        <translation>Ներմուծել թարմացումը USB-ից</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="277"/>
        <source>Printer</source>
        <translation>Տպիչ</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="278"/>
        <source>Test print</source>
        <translation>Փորձնական տպում</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="279"/>
        <source>Usage figures (all hours)</source>
        <translation>Օգտագործման տվյալներ (բոլոր ժամերը)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="281"/>
        <source>Event</source>
        <translation>Իրադարձություն</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="281"/>
        <source>Item</source>
        <translation>Տարր</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="281"/>
        <source>Language</source>
        <translation>Լեզու</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="281"/>
        <source>Count</source>
        <translation>Քանակ</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="282"/>
        <source>Export usage figures to USB</source>
        <translation>Արտահանել օգտագործման տվյալները USB կրիչ</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="283"/>
        <source>Recent log</source>
        <translation>Մատյանի վերջին գրառումները</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="284"/>
        <source>Back to kiosk</source>
        <translation>Վերադառնալ հանրային ռեժիմ</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="285"/>
        <source>Exit to desktop</source>
        <translation>Ելք աշխատասեղան</translation>
    </message>
</context>
<context>
    <name>PinPadScreen</name>
    <message>
        <location filename="../kiosk/ui/operator/pin_pad.py" line="101"/>
        <source>No operator PIN is set on this kiosk.</source>
        <translation>Այս սարքում օպերատորի PIN կոդ սահմանված չէ։</translation>
    </message>
    <message numerus="yes">
        <location filename="../kiosk/ui/operator/pin_pad.py" line="105"/>
        <source>Wrong PIN. Tries left before a lock: %n</source>
        <translation>
            <numerusform>Սխալ PIN։ Մինչև արգելափակումը մնացել է %n փորձ</numerusform>
            <numerusform>Սխալ PIN։ Մինչև արգելափակումը մնացել է %n փորձ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../kiosk/ui/operator/pin_pad.py" line="109"/>
        <source>Too many wrong tries. Locked for %n second(s).</source>
        <translation>
            <numerusform>Չափազանց շատ սխալ փորձեր։ Արգելափակված է %n վայրկյանով։</numerusform>
            <numerusform>Չափազանց շատ սխալ փորձեր։ Արգելափակված է %n վայրկյանով։</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_pad.py" line="113"/>
        <source>Operator PIN</source>
        <translation>Օպերատորի PIN</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_pad.py" line="114"/>
        <source>Clear</source>
        <translation>Մաքրել</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_pad.py" line="115"/>
        <source>OK</source>
        <translation>Լավ</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_pad.py" line="116"/>
        <source>Cancel</source>
        <translation>Չեղարկել</translation>
    </message>
</context>
<context>
    <name>PrintButton</name>
    <message>
        <location filename="../kiosk/ui/printing_setup.py" line="56"/>
        <source>Print leaflet</source>
        <translation>Տպել թերթիկը</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/printing_setup.py" line="57"/>
        <source>Shows the leaflet to take away, then prints it</source>
        <translation>Ցույց է տալիս թերթիկը, որը կարող եք վերցնել, ապա տպում է այն</translation>
    </message>
</context>
<context>
    <name>PrintPreviewScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="143"/>
        <source>Page %1 of %2</source>
        <translation>Էջ %1 / %2</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="194"/>
        <source>Print</source>
        <translation>Տպել</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="196"/>
        <source>Sends this leaflet to the kiosk&apos;s printer</source>
        <translation>Ուղարկում է այս թերթիկը սարքի տպիչին</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="197"/>
        <source>Your leaflet</source>
        <translation>Ձեր թերթիկը</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="197"/>
        <source>Printing</source>
        <translation>Տպում</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="200"/>
        <source>Preparing the preview…</source>
        <translation>Նախադիտումը պատրաստվում է…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="202"/>
        <source>This is exactly what will be printed. Tap Print to print it.</source>
        <translation>Հենց սա կտպվի։ Տպելու համար հպեք «Տպել» կոճակին։</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="204"/>
        <source>This leaflet cannot be printed at the moment.</source>
        <translation>Այս պահին այս թերթիկը հնարավոր չէ տպել։</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="214"/>
        <source>Close</source>
        <translation>Փակել</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="214"/>
        <source>Cancel</source>
        <translation>Չեղարկել</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="216"/>
        <source>Goes back to the page you were reading</source>
        <translation>Վերադառնում է այն էջին, որը կարդում էիք</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="221"/>
        <source>Scan this code with your phone to keep the details.</source>
        <translation>Սկանավորեք այս կոդը Ձեր հեռախոսով՝ տվյալները պահելու համար։</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="222"/>
        <source>QR code</source>
        <translation>QR կոդ</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="228"/>
        <source>Sending to the printer…</source>
        <translation>Ուղարկվում է տպիչին…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="230"/>
        <source>Waiting for the printer…</source>
        <translation>Սպասում ենք տպիչին…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="232"/>
        <source>Printing…</source>
        <translation>Տպվում է…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="234"/>
        <source>Done</source>
        <translation>Պատրաստ է</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="234"/>
        <source>Please take your leaflet from the printer.</source>
        <translation>Խնդրում ենք վերցնել Ձեր թերթիկը տպիչից։</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="235"/>
        <source>Could not print</source>
        <translation>Չհաջողվեց տպել</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="238"/>
        <source>Please tell a member of staff, or scan the code below.</source>
        <translation>Խնդրում ենք տեղեկացնել աշխատակցին կամ սկանավորել ստորև բերված կոդը։</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="240"/>
        <source>The printing service of this kiosk is not running.</source>
        <translation>Այս սարքի տպման ծառայությունը չի աշխատում։</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="241"/>
        <source>No printer is connected to this kiosk.</source>
        <translation>Այս սարքին տպիչ միացված չէ։</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="242"/>
        <source>The printer has been stopped.</source>
        <translation>Տպիչը կանգնեցված է։</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="243"/>
        <source>The printer is not taking new leaflets.</source>
        <translation>Տպիչը նոր թերթիկներ չի ընդունում։</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="244"/>
        <source>The printer is out of paper.</source>
        <translation>Տպիչում թուղթը վերջացել է։</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="245"/>
        <source>Paper is stuck in the printer.</source>
        <translation>Թուղթը խրվել է տպիչում։</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="246"/>
        <source>The printer is switched off or not connected.</source>
        <translation>Տպիչն անջատված է կամ միացված չէ։</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="247"/>
        <source>The printer has a fault.</source>
        <translation>Տպիչն անսարք է։</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="248"/>
        <source>The printer could not print this leaflet.</source>
        <translation>Տպիչը չկարողացավ տպել այս թերթիկը։</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="249"/>
        <source>The printer took too long, so printing was cancelled.</source>
        <translation>Տպիչը չափազանց երկար չէր պատասխանում, ուստի տպումը չեղարկվեց։</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="251"/>
        <source>You have printed as many leaflets as one visit allows.</source>
        <translation>Դուք արդեն տպել եք այնքան թերթիկ, որքան թույլատրվում է մեկ այցի ընթացքում։</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="253"/>
        <source>This kiosk has printed as many leaflets as it may this hour. Please try again later.</source>
        <translation>Այս սարքն այս ժամին արդեն տպել է թույլատրված քանակով թերթիկներ։ Խնդրում ենք փորձել ավելի ուշ։</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="256"/>
        <source>Printing did not work.</source>
        <translation>Տպումը չհաջողվեց։</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="258"/>
        <source>You can scan the code below instead.</source>
        <translation>Փոխարենը կարող եք սկանավորել ստորև բերված կոդը։</translation>
    </message>
</context>
<context>
    <name>ReadAloudControl</name>
    <message>
        <location filename="../kiosk/ui/widgets/read_aloud_control.py" line="66"/>
        <source>Preparing… (touch to stop)</source>
        <translation>Պատրաստվում է… (հպեք՝ դադարեցնելու համար)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/read_aloud_control.py" line="68"/>
        <source>Stop reading</source>
        <translation>Դադարեցնել ընթերցումը</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/read_aloud_control.py" line="70"/>
        <source>Reading aloud is not available in this language</source>
        <translation>Այս լեզվով բարձրաձայն ընթերցում հասանելի չէ</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/read_aloud_control.py" line="72"/>
        <source>No sound on this kiosk: please ask the staff</source>
        <translation>Այս սարքում ձայն չկա, խնդրում ենք դիմել աշխատակիցներին</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/read_aloud_control.py" line="74"/>
        <source>Reading aloud failed: touch to try again</source>
        <translation>Ընթերցումը չհաջողվեց, հպեք՝ նորից փորձելու համար</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/read_aloud_control.py" line="76"/>
        <source>Read aloud</source>
        <translation>Կարդալ բարձրաձայն</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/read_aloud_control.py" line="84"/>
        <source>Reads this page aloud in your language</source>
        <translation>Բարձրաձայն կարդում է այս էջը Ձեր լեզվով</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/read_aloud_control.py" line="85"/>
        <source>Reading progress</source>
        <translation>Ընթերցման ընթացքը</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/search.py" line="146"/>
        <source>Search is not available on this kiosk at the moment. These pages may help:</source>
        <translation>Որոնումն այս պահին հասանելի չէ այս սարքում։ Այս էջերը կարող են օգնել․</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/search.py" line="149"/>
        <source>Nothing found for these letters. Try fewer letters, or look here:</source>
        <translation>Այս տառերով ոչինչ չի գտնվել։ Փորձեք ավելի քիչ տառեր կամ նայեք այստեղ․</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/search.py" line="152"/>
        <source>Touch the letters below to type a word: a town, a need or a kind of help. Results appear as you type.</source>
        <translation>Հպեք ներքևի տառերին՝ բառ գրելու համար (քաղաք, կարիք կամ օգնության տեսակ)։ Արդյունքները հայտնվում են գրելու ընթացքում։</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/search.py" line="169"/>
        <source>Type a word</source>
        <translation>Գրեք բառ</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/search.py" line="170"/>
        <source>IOM offices</source>
        <translation>ՄՄԿ-ի գրասենյակներ</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/search.py" line="171"/>
        <source>The central office in Tbilisi and four field offices</source>
        <translation>Կենտրոնական գրասենյակը Թբիլիսիում և չորս տարածքային գրասենյակ</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/search.py" line="172"/>
        <source>Emergency numbers</source>
        <translation>Արտակարգ դեպքերի համարներ</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/search.py" line="173"/>
        <source>Police, ambulance and fire: 112</source>
        <translation>Ոստիկանություն, շտապ օգնություն և հրշեջներ՝ 112</translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message>
        <location filename="../kiosk/ui/widgets/tile.py" line="49"/>
        <source>Touch to open</source>
        <translation>Հպեք՝ բացելու համար</translation>
    </message>
</context>
<context>
    <name>TopicScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/topic.py" line="82"/>
        <source>Find an IOM office</source>
        <translation>Գտնել ՄՄԿ-ի գրասենյակ</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/topic.py" line="83"/>
        <source>Shows the IOM offices in Georgia</source>
        <translation>Ցույց է տալիս ՄՄԿ-ի գրասենյակները Վրաստանում</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/topic.py" line="84"/>
        <source>See also</source>
        <translation>Տես նաև</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/topic.py" line="86"/>
        <source>This text has not yet been checked by a native speaker.</source>
        <translation>Այս տեքստը դեռ չի ստուգել մայրենի լեզվով խոսողը։</translation>
    </message>
</context>
<context>
    <name>UnavailableScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/unavailable.py" line="22"/>
        <source>This kiosk is out of service for a moment.</source>
        <translation>Սարքը ժամանակավորապես չի աշխատում։</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/unavailable.py" line="24"/>
        <source>Please ask the staff for help. In an emergency, call 112: free, day and night.</source>
        <translation>Օգնության համար դիմեք աշխատակիցներին։ Շտապ դեպքում զանգահարեք 112՝ անվճար, օր ու գիշեր։</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/welcome.py" line="11"/>
        <source>Touch your language to begin</source>
        <translation>Սկսելու համար հպեք Ձեր լեզվին</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/welcome.py" line="81"/>
        <source>IOM Georgia: information and help for migrants</source>
        <translation>ՄՄԿ Վրաստան՝ տեղեկություններ և օգնություն միգրանտների համար</translation>
    </message>
</context>
</TS>
