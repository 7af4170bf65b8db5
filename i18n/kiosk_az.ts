<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="az" sourcelanguage="en">
<context>
    <name>CountdownOverlay</name>
    <message>
        <location filename="../kiosk/ui/widgets/countdown_overlay.py" line="71"/>
        <source>Are you still there?</source>
        <translation>Hələ buradasınız?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/countdown_overlay.py" line="73"/>
        <source>When the count reaches zero, the screen is cleared for the next person.</source>
        <translation>Sayğac sıfıra çatanda ekran növbəti şəxs üçün təmizlənəcək.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/countdown_overlay.py" line="75"/>
        <source>Yes, continue</source>
        <translation>Bəli, davam et</translation>
    </message>
</context>
<context>
    <name>EmergencyScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/emergency.py" line="42"/>
        <source>Emergency numbers</source>
        <translation>Təcili nömrələr</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/emergency.py" line="43"/>
        <source>Find an IOM office</source>
        <translation>BMqT ofisini tapın</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="44"/>
        <source>Today: %1</source>
        <translation>Bu gün: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="69"/>
        <source>IOM offices</source>
        <translation>BMqT ofisləri</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="70"/>
        <source>The central office in Tbilisi and four field offices</source>
        <translation>Tbilisidə mərkəzi ofis və dörd sahə ofisi</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="72"/>
        <source>Emergency numbers</source>
        <translation>Təcili nömrələr</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="73"/>
        <source>Police, ambulance and fire: 112</source>
        <translation>Polis, təcili yardım və yanğınsöndürmə: 112</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="78"/>
        <source>Information updated: %1</source>
        <translation>Məlumat yenilənib: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="83"/>
        <source>What do you need?</source>
        <translation>Sizə nə lazımdır?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="84"/>
        <source>How IOM helps</source>
        <translation>BMqT necə kömək edir</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="85"/>
        <source>About IOM, offices and emergencies</source>
        <translation>BMqT haqqında, ofislər və təcili nömrələr</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="62"/>
        <source>Back</source>
        <translation>Geri</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="63"/>
        <source>Home</source>
        <translation>Ana səhifə</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="64"/>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="65"/>
        <source>Emergency 112</source>
        <translation>Təcili 112</translation>
    </message>
</context>
<context>
    <name>OfficeListScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/offices.py" line="32"/>
        <source>IOM offices in Georgia</source>
        <translation>Gürcüstanda BMqT ofisləri</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/offices.py" line="33"/>
        <source>Touch an office to see how to reach it.</source>
        <translation>Ora necə çatacağınızı görmək üçün ofisə toxunun.</translation>
    </message>
</context>
<context>
    <name>OfficeScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/office.py" line="54"/>
        <source>Address</source>
        <translation>Ünvan</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/office.py" line="55"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/office.py" line="56"/>
        <source>E-mail</source>
        <translation>E-poçt</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/office.py" line="57"/>
        <source>Website</source>
        <translation>Vebsayt</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/office.py" line="58"/>
        <source>Opening hours</source>
        <translation>İş saatları</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/office.py" line="89"/>
        <source>The address and contact details of this office are not yet on this kiosk. Please ask the staff here or at any IOM office.</source>
        <translation>Bu ofisin ünvanı və əlaqə məlumatları hələ bu kioskda yoxdur. Zəhmət olmasa, buradakı işçilərdən və ya istənilən BMqT ofisində soruşun.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/office.py" line="92"/>
        <source>Help you can get here</source>
        <translation>Burada ala biləcəyiniz kömək</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/office.py" line="93"/>
        <source>In an emergency, call 112: free, day and night.</source>
        <translation>Təcili halda 112-yə zəng edin: pulsuz, gecə-gündüz.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/office.py" line="95"/>
        <source>This text has not yet been checked by a native speaker.</source>
        <translation>Bu mətn hələ ana dili bu dil olan biri tərəfindən yoxlanılmayıb.</translation>
    </message>
</context>
<context>
    <name>TopicScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/topic.py" line="81"/>
        <source>Find an IOM office</source>
        <translation>BMqT ofisini tapın</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/topic.py" line="82"/>
        <source>See also</source>
        <translation>Həmçinin baxın</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/topic.py" line="84"/>
        <source>This text has not yet been checked by a native speaker.</source>
        <translation>Bu mətn hələ ana dili bu dil olan biri tərəfindən yoxlanılmayıb.</translation>
    </message>
</context>
<context>
    <name>UnavailableScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/unavailable.py" line="22"/>
        <source>This kiosk is out of service for a moment.</source>
        <translation>Kiosk müvəqqəti olaraq işləmir.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/unavailable.py" line="24"/>
        <source>Please ask the staff for help. In an emergency, call 112: free, day and night.</source>
        <translation>Zəhmət olmasa, kömək üçün işçilərə müraciət edin. Təcili halda 112-yə zəng edin: pulsuz, gecə-gündüz.</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/welcome.py" line="11"/>
        <source>Touch your language to begin</source>
        <translation>Başlamaq üçün dilinizə toxunun</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/welcome.py" line="80"/>
        <source>IOM Georgia: information and help for migrants</source>
        <translation>BMqT Gürcüstan: miqrantlar üçün məlumat və kömək</translation>
    </message>
</context>
</TS>
