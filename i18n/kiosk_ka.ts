<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ka" sourcelanguage="en">
<context>
    <name>CountdownOverlay</name>
    <message>
        <location filename="../kiosk/ui/widgets/countdown_overlay.py" line="71"/>
        <source>Are you still there?</source>
        <translation>ისევ აქ ხართ?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/countdown_overlay.py" line="73"/>
        <source>When the count reaches zero, the screen is cleared for the next person.</source>
        <translation>როცა ათვლა ნულს მიაღწევს, ეკრანი შემდეგი ადამიანისთვის გასუფთავდება.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/countdown_overlay.py" line="75"/>
        <source>Yes, continue</source>
        <translation>დიახ, გაგრძელება</translation>
    </message>
</context>
<context>
    <name>EmergencyScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/emergency.py" line="42"/>
        <source>Emergency numbers</source>
        <translation>საგანგებო ნომრები</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/emergency.py" line="43"/>
        <source>Find an IOM office</source>
        <translation>IOM-ის ოფისის მოძებნა</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="44"/>
        <source>Today: %1</source>
        <translation>დღეს: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="69"/>
        <source>IOM offices</source>
        <translation>IOM-ის ოფისები</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="70"/>
        <source>The central office in Tbilisi and four field offices</source>
        <translation>ცენტრალური ოფისი თბილისში და ოთხი საველე ოფისი</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="72"/>
        <source>Emergency numbers</source>
        <translation>საგანგებო ნომრები</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="73"/>
        <source>Police, ambulance and fire: 112</source>
        <translation>პოლიცია, სასწრაფო და მეხანძრეები: 112</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="78"/>
        <source>Information updated: %1</source>
        <translation>ინფორმაცია განახლდა: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="83"/>
        <source>What do you need?</source>
        <translation>რა გჭირდებათ?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="84"/>
        <source>How IOM helps</source>
        <translation>როგორ ეხმარება IOM</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="85"/>
        <source>About IOM, offices and emergencies</source>
        <translation>IOM-ის შესახებ, ოფისები და საგანგებო ნომრები</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="62"/>
        <source>Back</source>
        <translation>უკან</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="63"/>
        <source>Home</source>
        <translation>მთავარი</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="64"/>
        <source>Language</source>
        <translation>ენა</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="65"/>
        <source>Emergency 112</source>
        <translation>საგანგებო 112</translation>
    </message>
</context>
<context>
    <name>OfficeListScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/offices.py" line="32"/>
        <source>IOM offices in Georgia</source>
        <translation>IOM-ის ოფისები საქართველოში</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/offices.py" line="33"/>
        <source>Touch an office to see how to reach it.</source>
        <translation>შეეხეთ ოფისს, რომ ნახოთ, როგორ მიხვიდეთ.</translation>
    </message>
</context>
<context>
    <name>OfficeScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/office.py" line="54"/>
        <source>Address</source>
        <translation>მისამართი</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/office.py" line="55"/>
        <source>Phone</source>
        <translation>ტელეფონი</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/office.py" line="56"/>
        <source>E-mail</source>
        <translation>ელფოსტა</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/office.py" line="57"/>
        <source>Website</source>
        <translation>ვებგვერდი</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/office.py" line="58"/>
        <source>Opening hours</source>
        <translation>სამუშაო საათები</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/office.py" line="89"/>
        <source>The address and contact details of this office are not yet on this kiosk. Please ask the staff here or at any IOM office.</source>
        <translation>ამ ოფისის მისამართი და საკონტაქტო მონაცემები ჯერ არ არის ამ კიოსკში. გთხოვთ, ჰკითხოთ აქაურ თანამშრომლებს ან IOM-ის ნებისმიერ ოფისში.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/office.py" line="92"/>
        <source>Help you can get here</source>
        <translation>დახმარება, რომელსაც აქ მიიღებთ</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/office.py" line="93"/>
        <source>In an emergency, call 112: free, day and night.</source>
        <translation>საგანგებო შემთხვევაში დარეკეთ 112-ზე: უფასოდ, დღე და ღამე.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/office.py" line="95"/>
        <source>This text has not yet been checked by a native speaker.</source>
        <translation>ეს ტექსტი ჯერ არ შეუმოწმებია მშობლიური ენის მცოდნეს.</translation>
    </message>
</context>
<context>
    <name>TopicScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/topic.py" line="81"/>
        <source>Find an IOM office</source>
        <translation>IOM-ის ოფისის მოძებნა</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/topic.py" line="82"/>
        <source>See also</source>
        <translation>ასევე იხილეთ</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/topic.py" line="84"/>
        <source>This text has not yet been checked by a native speaker.</source>
        <translation>ეს ტექსტი ჯერ არ შეუმოწმებია მშობლიური ენის მცოდნეს.</translation>
    </message>
</context>
<context>
    <name>UnavailableScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/unavailable.py" line="22"/>
        <source>This kiosk is out of service for a moment.</source>
        <translation>კიოსკი დროებით არ მუშაობს.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/unavailable.py" line="24"/>
        <source>Please ask the staff for help. In an emergency, call 112: free, day and night.</source>
        <translation>დახმარებისთვის მიმართეთ თანამშრომლებს. საგანგებო შემთხვევაში დარეკეთ 112-ზე: უფასოდ, დღე და ღამე.</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/welcome.py" line="11"/>
        <source>Touch your language to begin</source>
        <translation>დასაწყებად შეეხეთ თქვენს ენას</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/welcome.py" line="80"/>
        <source>IOM Georgia: information and help for migrants</source>
        <translation>IOM საქართველო: ინფორმაცია და დახმარება მიგრანტებისთვის</translation>
    </message>
</context>
</TS>
