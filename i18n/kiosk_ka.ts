<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ka" sourcelanguage="en">
<context>
    <name>CountdownOverlay</name>
    <message>
        <location filename="../kiosk/ui/widgets/countdown_overlay.py" line="70"/>
        <source>Are you still there?</source>
        <translation>ისევ აქ ხართ?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/countdown_overlay.py" line="72"/>
        <source>When the count reaches zero, the screen is cleared for the next person.</source>
        <translation>როცა ათვლა ნულს მიაღწევს, ეკრანი შემდეგი ადამიანისთვის გასუფთავდება.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/countdown_overlay.py" line="74"/>
        <source>Yes, continue</source>
        <translation>დიახ, გაგრძელება</translation>
    </message>
</context>
<context>
    <name>EmergencyScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/emergency.py" line="41"/>
        <source>Emergency numbers</source>
        <translation>საგანგებო ნომრები</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/emergency.py" line="42"/>
        <source>Find an IOM office</source>
        <translation>IOM-ის ოფისის მოძებნა</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="52"/>
        <source>IOM offices</source>
        <translation>IOM-ის ოფისები</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="53"/>
        <source>The central office in Tbilisi and four field offices</source>
        <translation>ცენტრალური ოფისი თბილისში და ოთხი საველე ოფისი</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="55"/>
        <source>Emergency numbers</source>
        <translation>საგანგებო ნომრები</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="56"/>
        <source>Police, ambulance and fire: 112</source>
        <translation>პოლიცია, სასწრაფო და მეხანძრეები: 112</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="60"/>
        <source>What do you need?</source>
        <translation>რა გჭირდებათ?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="61"/>
        <source>How IOM helps</source>
        <translation>როგორ ეხმარება IOM</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="62"/>
        <source>About IOM, offices and emergencies</source>
        <translation>IOM-ის შესახებ, ოფისები და საგანგებო ნომრები</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="63"/>
        <source>Search</source>
        <translation>ძებნა</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="64"/>
        <source>Type a word to find a topic or an office</source>
        <translation>აკრიფეთ სიტყვა, რომ იპოვოთ თემა ან ოფისი</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="67"/>
        <source>Back</source>
        <translation>უკან</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="68"/>
        <source>Home</source>
        <translation>მთავარი</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="69"/>
        <source>Language</source>
        <translation>ენა</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="70"/>
        <source>Emergency 112</source>
        <translation>საგანგებო 112</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="71"/>
        <source>Search</source>
        <translation>ძებნა</translation>
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
        <location filename="../kiosk/ui/screens/office.py" line="45"/>
        <source>Address</source>
        <translation>მისამართი</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/office.py" line="46"/>
        <source>Phone</source>
        <translation>ტელეფონი</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/office.py" line="47"/>
        <source>E-mail</source>
        <translation>ელფოსტა</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/office.py" line="48"/>
        <source>Website</source>
        <translation>ვებგვერდი</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/office.py" line="49"/>
        <source>Opening hours</source>
        <translation>სამუშაო საათები</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/office.py" line="77"/>
        <source>The address and contact details of this office are not yet on this kiosk. Please ask the staff here or at any IOM office.</source>
        <translation>ამ ოფისის მისამართი და საკონტაქტო მონაცემები ჯერ არ არის ამ კიოსკში. გთხოვთ, ჰკითხოთ აქაურ თანამშრომლებს ან IOM-ის ნებისმიერ ოფისში.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/office.py" line="80"/>
        <source>Help you can get here</source>
        <translation>დახმარება, რომელსაც აქ მიიღებთ</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/office.py" line="81"/>
        <source>In an emergency, call 112: free, day and night.</source>
        <translation>საგანგებო შემთხვევაში დარეკეთ 112-ზე: უფასოდ, დღე და ღამე.</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="142"/>
        <source>Latin letters</source>
        <translation>ლათინური ასოები</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="142"/>
        <source>Own letters</source>
        <translation>ქართული ასოები</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="201"/>
        <source>Space</source>
        <translation>ჰარი</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="202"/>
        <source>Clear</source>
        <translation>გასუფთავება</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="203"/>
        <source>Delete the last letter</source>
        <translation>ბოლო ასოს წაშლა</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/search.py" line="176"/>
        <source>Search is not available on this kiosk at the moment. These pages may help:</source>
        <translation>ძებნა ამ კიოსკზე ახლა მიუწვდომელია. ეს გვერდები შეიძლება დაგეხმაროთ:</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/search.py" line="179"/>
        <source>Nothing found for these letters. Try fewer letters, or look here:</source>
        <translation>ამ ასოებით ვერაფერი მოიძებნა. სცადეთ ნაკლები ასო, ან ნახეთ აქ:</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/search.py" line="182"/>
        <source>Touch the letters below to type a word: a town, a need or a kind of help. Results appear as you type.</source>
        <translation>შეეხეთ ქვემოთ მოცემულ ასოებს და აკრიფეთ სიტყვა: ქალაქი, საჭიროება ან დახმარების სახე. შედეგები აკრეფისთანავე გამოჩნდება.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/search.py" line="198"/>
        <source>Type a word</source>
        <translation>აკრიფეთ სიტყვა</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/search.py" line="199"/>
        <source>IOM offices</source>
        <translation>IOM-ის ოფისები</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/search.py" line="200"/>
        <source>The central office in Tbilisi and four field offices</source>
        <translation>ცენტრალური ოფისი თბილისში და ოთხი საველე ოფისი</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/search.py" line="201"/>
        <source>Emergency numbers</source>
        <translation>საგანგებო ნომრები</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/search.py" line="202"/>
        <source>Police, ambulance and fire: 112</source>
        <translation>პოლიცია, სასწრაფო და მეხანძრეები: 112</translation>
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
