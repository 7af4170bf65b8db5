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
    <message>
        <location filename="../kiosk/ui/widgets/countdown_overlay.py" line="76"/>
        <source>Keeps what you are looking at; the screen is not cleared</source>
        <translation>რასაც ათვალიერებთ, დარჩება; ეკრანი არ გასუფთავდება</translation>
    </message>
</context>
<context>
    <name>DisplayPanel</name>
    <message>
        <location filename="../kiosk/ui/widgets/display_panel.py" line="70"/>
        <source>Normal text</source>
        <translation>ჩვეულებრივი ტექსტი</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/display_panel.py" line="70"/>
        <source>Large text</source>
        <translation>დიდი ტექსტი</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/display_panel.py" line="70"/>
        <source>Largest text</source>
        <translation>ყველაზე დიდი ტექსტი</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/display_panel.py" line="73"/>
        <source>Changes the size of the text on every screen</source>
        <translation>ცვლის ტექსტის ზომას ყველა ეკრანზე</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/display_panel.py" line="74"/>
        <source>Text size</source>
        <translation>ტექსტის ზომა</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/display_panel.py" line="75"/>
        <source>Contrast</source>
        <translation>კონტრასტი</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/display_panel.py" line="76"/>
        <source>Standard</source>
        <translation>ჩვეულებრივი</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/display_panel.py" line="77"/>
        <source>Standard contrast</source>
        <translation>ჩვეულებრივი კონტრასტი</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/display_panel.py" line="78"/>
        <location filename="../kiosk/ui/widgets/display_panel.py" line="79"/>
        <source>High contrast</source>
        <translation>მაღალი კონტრასტი</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/display_panel.py" line="80"/>
        <source>The usual colours</source>
        <translation>ჩვეულებრივი ფერები</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/display_panel.py" line="82"/>
        <source>Black text on white, for easier reading</source>
        <translation>შავი ტექსტი თეთრ ფონზე, ადვილად წასაკითხად</translation>
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
    <message>
        <location filename="../kiosk/ui/screens/emergency.py" line="43"/>
        <source>Shows the IOM offices in Georgia</source>
        <translation>აჩვენებს IOM-ის ოფისებს საქართველოში</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="48"/>
        <source>IOM offices</source>
        <translation>IOM-ის ოფისები</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="49"/>
        <source>The central office in Tbilisi and four field offices</source>
        <translation>ცენტრალური ოფისი თბილისში და ოთხი საველე ოფისი</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="51"/>
        <source>Emergency numbers</source>
        <translation>საგანგებო ნომრები</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="52"/>
        <source>Police, ambulance and fire: 112</source>
        <translation>პოლიცია, სასწრაფო და მეხანძრეები: 112</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="56"/>
        <source>What do you need?</source>
        <translation>რა გჭირდებათ?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="57"/>
        <source>How IOM helps</source>
        <translation>როგორ ეხმარება IOM</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="58"/>
        <source>About IOM, offices and emergencies</source>
        <translation>IOM-ის შესახებ, ოფისები და საგანგებო ნომრები</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="71"/>
        <source>Back</source>
        <translation>უკან</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="72"/>
        <source>Home</source>
        <translation>მთავარი</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="73"/>
        <source>Language</source>
        <translation>ენა</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="74"/>
        <source>Emergency 112</source>
        <translation>საგანგებო 112</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="77"/>
        <source>Text size and contrast</source>
        <translation>ტექსტის ზომა და კონტრასტი</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="78"/>
        <source>Quick exit</source>
        <translation>სწრაფი გასვლა</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="79"/>
        <source>Go back to the previous screen</source>
        <translation>წინა ეკრანზე დაბრუნება</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="80"/>
        <source>Go to the start page with all topics</source>
        <translation>მთავარ გვერდზე გადასვლა, სადაც ყველა თემაა</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="81"/>
        <source>Choose another language</source>
        <translation>სხვა ენის არჩევა</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="82"/>
        <source>Emergency numbers: police, ambulance, fire</source>
        <translation>გადაუდებელი ნომრები: პოლიცია, სასწრაფო დახმარება, სახანძრო</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="83"/>
        <source>Bigger text or higher contrast</source>
        <translation>უფრო დიდი ტექსტი ან მაღალი კონტრასტი</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="85"/>
        <source>Hides this screen at once and forgets everything you did</source>
        <translation>მაშინვე მალავს ამ ეკრანს და ივიწყებს ყველაფერს, რაც გააკეთეთ</translation>
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
    <name>ReadAloudControl</name>
    <message>
        <location filename="../kiosk/ui/widgets/read_aloud_control.py" line="66"/>
        <source>Preparing… (touch to stop)</source>
        <translation>მზადდება… (შესაჩერებლად შეეხეთ)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/read_aloud_control.py" line="68"/>
        <source>Stop reading</source>
        <translation>კითხვის შეწყვეტა</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/read_aloud_control.py" line="70"/>
        <source>Reading aloud is not available in this language</source>
        <translation>ამ ენაზე ხმამაღლა კითხვა მიუწვდომელია</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/read_aloud_control.py" line="72"/>
        <source>No sound on this kiosk: please ask the staff</source>
        <translation>ამ კიოსკზე ხმა არ მუშაობს: მიმართეთ თანამშრომლებს</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/read_aloud_control.py" line="74"/>
        <source>Reading aloud failed: touch to try again</source>
        <translation>ხმამაღლა კითხვა ვერ მოხერხდა: შეეხეთ და სცადეთ ხელახლა</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/read_aloud_control.py" line="76"/>
        <source>Read aloud</source>
        <translation>ხმამაღლა წაკითხვა</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/read_aloud_control.py" line="84"/>
        <source>Reads this page aloud in your language</source>
        <translation>კითხულობს ამ გვერდს ხმამაღლა თქვენს ენაზე</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/read_aloud_control.py" line="85"/>
        <source>Reading progress</source>
        <translation>კითხვის პროგრესი</translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message>
        <location filename="../kiosk/ui/widgets/tile.py" line="43"/>
        <source>Touch to open</source>
        <translation>შეეხეთ გასახსნელად</translation>
    </message>
</context>
<context>
    <name>TopicScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/topic.py" line="82"/>
        <source>Find an IOM office</source>
        <translation>IOM-ის ოფისის მოძებნა</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/topic.py" line="83"/>
        <source>Shows the IOM offices in Georgia</source>
        <translation>აჩვენებს IOM-ის ოფისებს საქართველოში</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/topic.py" line="84"/>
        <source>See also</source>
        <translation>ასევე იხილეთ</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/topic.py" line="86"/>
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
        <location filename="../kiosk/ui/screens/welcome.py" line="81"/>
        <source>IOM Georgia: information and help for migrants</source>
        <translation>IOM საქართველო: ინფორმაცია და დახმარება მიგრანტებისთვის</translation>
    </message>
</context>
</TS>
