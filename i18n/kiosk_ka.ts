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
    <name>PrintButton</name>
    <message>
        <location filename="../kiosk/ui/printing_setup.py" line="36"/>
        <source>Print leaflet</source>
        <translation>ბროშურის ამობეჭდვა</translation>
    </message>
</context>
<context>
    <name>PrintPreviewScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="128"/>
        <source>Page %1 of %2</source>
        <translation>გვერდი %1 / %2</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="176"/>
        <source>Print</source>
        <translation>ამობეჭდვა</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="177"/>
        <source>Your leaflet</source>
        <translation>თქვენი ბროშურა</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="177"/>
        <source>Printing</source>
        <translation>ბეჭდვა</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="180"/>
        <source>Preparing the preview…</source>
        <translation>წინასწარი ხედი მზადდება…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="182"/>
        <source>This is exactly what will be printed. Tap Print to print it.</source>
        <translation>ზუსტად ეს დაიბეჭდება. დასაბეჭდად შეეხეთ ღილაკს „ამობეჭდვა“.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="184"/>
        <source>This leaflet cannot be printed at the moment.</source>
        <translation>ამ ბროშურის ამობეჭდვა ახლა შეუძლებელია.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="194"/>
        <source>Close</source>
        <translation>დახურვა</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="194"/>
        <source>Cancel</source>
        <translation>გაუქმება</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="199"/>
        <source>Scan this code with your phone to keep the details.</source>
        <translation>ინფორმაციის შესანახად ეს კოდი ტელეფონით დაასკანერეთ.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="200"/>
        <source>QR code</source>
        <translation>QR კოდი</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="206"/>
        <source>Sending to the printer…</source>
        <translation>იგზავნება პრინტერზე…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="208"/>
        <source>Waiting for the printer…</source>
        <translation>პრინტერს ველოდებით…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="210"/>
        <source>Printing…</source>
        <translation>იბეჭდება…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="212"/>
        <source>Done</source>
        <translation>მზადაა</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="212"/>
        <source>Please take your leaflet from the printer.</source>
        <translation>გთხოვთ, აიღოთ ბროშურა პრინტერიდან.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="213"/>
        <source>Could not print</source>
        <translation>ამობეჭდვა ვერ მოხერხდა</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="216"/>
        <source>Please tell a member of staff, or scan the code below.</source>
        <translation>გთხოვთ, მიმართოთ თანამშრომელს ან დაასკანეროთ ქვემოთ მოცემული კოდი.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="218"/>
        <source>The printing service of this kiosk is not running.</source>
        <translation>ამ კიოსკის ბეჭდვის სერვისი არ მუშაობს.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="219"/>
        <source>No printer is connected to this kiosk.</source>
        <translation>ამ კიოსკთან პრინტერი არ არის დაკავშირებული.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="220"/>
        <source>The printer has been stopped.</source>
        <translation>პრინტერი შეჩერებულია.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="221"/>
        <source>The printer is not taking new leaflets.</source>
        <translation>პრინტერი ახალ დავალებებს არ იღებს.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="222"/>
        <source>The printer is out of paper.</source>
        <translation>პრინტერში ქაღალდი გათავდა.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="223"/>
        <source>Paper is stuck in the printer.</source>
        <translation>პრინტერში ქაღალდი გაიჭედა.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="224"/>
        <source>The printer is switched off or not connected.</source>
        <translation>პრინტერი გამორთულია ან არ არის მიერთებული.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="225"/>
        <source>The printer has a fault.</source>
        <translation>პრინტერი გაუმართავია.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="226"/>
        <source>The printer could not print this leaflet.</source>
        <translation>პრინტერმა ეს ბროშურა ვერ დაბეჭდა.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="227"/>
        <source>The printer took too long, so printing was cancelled.</source>
        <translation>პრინტერს ძალიან დიდი დრო დასჭირდა, ამიტომ ბეჭდვა გაუქმდა.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="229"/>
        <source>You have printed as many leaflets as one visit allows.</source>
        <translation>ერთი ვიზიტისთვის დასაშვები რაოდენობის ბროშურა უკვე ამობეჭდეთ.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="231"/>
        <source>This kiosk has printed as many leaflets as it may this hour. Please try again later.</source>
        <translation>ამ საათში კიოსკმა დასაშვები რაოდენობის ბროშურა უკვე ამობეჭდა. გთხოვთ, მოგვიანებით სცადოთ.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="234"/>
        <source>Printing did not work.</source>
        <translation>ბეჭდვა ვერ მოხერხდა.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="236"/>
        <source>You can scan the code below instead.</source>
        <translation>სამაგიეროდ შეგიძლიათ დაასკანეროთ ქვემოთ მოცემული კოდი.</translation>
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
