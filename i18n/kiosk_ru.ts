<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>CountdownOverlay</name>
    <message>
        <location filename="../kiosk/ui/widgets/countdown_overlay.py" line="71"/>
        <source>Are you still there?</source>
        <translation>Вы ещё здесь?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/countdown_overlay.py" line="73"/>
        <source>When the count reaches zero, the screen is cleared for the next person.</source>
        <translation>Когда отсчёт дойдёт до нуля, экран очистится для следующего человека.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/countdown_overlay.py" line="75"/>
        <source>Yes, continue</source>
        <translation>Да, продолжить</translation>
    </message>
</context>
<context>
    <name>EmergencyScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/emergency.py" line="42"/>
        <source>Emergency numbers</source>
        <translation>Экстренные номера</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/emergency.py" line="43"/>
        <source>Find an IOM office</source>
        <translation>Найти офис МОМ</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="44"/>
        <source>Today: %1</source>
        <translation>Сегодня: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="69"/>
        <source>IOM offices</source>
        <translation>Офисы МОМ</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="70"/>
        <source>The central office in Tbilisi and four field offices</source>
        <translation>Центральный офис в Тбилиси и четыре полевых офиса</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="72"/>
        <source>Emergency numbers</source>
        <translation>Экстренные номера</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="73"/>
        <source>Police, ambulance and fire: 112</source>
        <translation>Полиция, скорая помощь и пожарные: 112</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="78"/>
        <source>Information updated: %1</source>
        <translation>Информация обновлена: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="83"/>
        <source>What do you need?</source>
        <translation>Что вам нужно?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="84"/>
        <source>How IOM helps</source>
        <translation>Как помогает МОМ</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="85"/>
        <source>About IOM, offices and emergencies</source>
        <translation>О МОМ, офисы и экстренные номера</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="62"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="63"/>
        <source>Home</source>
        <translation>Главная</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="64"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="65"/>
        <source>Emergency 112</source>
        <translation>Экстренный вызов 112</translation>
    </message>
</context>
<context>
    <name>OfficeListScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/offices.py" line="32"/>
        <source>IOM offices in Georgia</source>
        <translation>Офисы МОМ в Грузии</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/offices.py" line="33"/>
        <source>Touch an office to see how to reach it.</source>
        <translation>Нажмите на офис, чтобы узнать, как до него добраться.</translation>
    </message>
</context>
<context>
    <name>OfficeScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/office.py" line="54"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/office.py" line="55"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/office.py" line="56"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/office.py" line="57"/>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/office.py" line="58"/>
        <source>Opening hours</source>
        <translation>Часы работы</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/office.py" line="89"/>
        <source>The address and contact details of this office are not yet on this kiosk. Please ask the staff here or at any IOM office.</source>
        <translation>Адреса и контактов этого офиса пока нет в этом киоске. Пожалуйста, спросите у сотрудников здесь или в любом офисе МОМ.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/office.py" line="92"/>
        <source>Help you can get here</source>
        <translation>Какую помощь можно получить здесь</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/office.py" line="93"/>
        <source>In an emergency, call 112: free, day and night.</source>
        <translation>В экстренном случае звоните 112: бесплатно, днём и ночью.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/office.py" line="95"/>
        <source>This text has not yet been checked by a native speaker.</source>
        <translation>Этот текст ещё не проверен носителем языка.</translation>
    </message>
</context>
<context>
    <name>TopicScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/topic.py" line="81"/>
        <source>Find an IOM office</source>
        <translation>Найти офис МОМ</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/topic.py" line="82"/>
        <source>See also</source>
        <translation>См. также</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/topic.py" line="84"/>
        <source>This text has not yet been checked by a native speaker.</source>
        <translation>Этот текст ещё не проверен носителем языка.</translation>
    </message>
</context>
<context>
    <name>UnavailableScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/unavailable.py" line="22"/>
        <source>This kiosk is out of service for a moment.</source>
        <translation>Киоск временно не работает.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/unavailable.py" line="24"/>
        <source>Please ask the staff for help. In an emergency, call 112: free, day and night.</source>
        <translation>Пожалуйста, обратитесь за помощью к сотрудникам. В экстренном случае звоните 112: бесплатно, днём и ночью.</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/welcome.py" line="11"/>
        <source>Touch your language to begin</source>
        <translation>Чтобы начать, нажмите на свой язык</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/welcome.py" line="80"/>
        <source>IOM Georgia: information and help for migrants</source>
        <translation>МОМ Грузия: информация и помощь для мигрантов</translation>
    </message>
</context>
</TS>
