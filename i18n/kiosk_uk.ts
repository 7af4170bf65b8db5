<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="en">
<context>
    <name>CountdownOverlay</name>
    <message>
        <location filename="../kiosk/ui/widgets/countdown_overlay.py" line="85"/>
        <source>Are you still there?</source>
        <translation>Ви ще тут?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/countdown_overlay.py" line="87"/>
        <source>When the count reaches zero, the screen is cleared for the next person.</source>
        <translation>Коли відлік дійде до нуля, екран очиститься для наступної людини.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/countdown_overlay.py" line="89"/>
        <source>Yes, continue</source>
        <translation>Так, продовжити</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/countdown_overlay.py" line="91"/>
        <source>Keeps what you are looking at; the screen is not cleared</source>
        <translation>Залишає відкритою цю сторінку; екран не очиститься</translation>
    </message>
</context>
<context>
    <name>DisplayPanel</name>
    <message>
        <location filename="../kiosk/ui/widgets/display_panel.py" line="70"/>
        <source>Normal text</source>
        <translation>Звичайний текст</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/display_panel.py" line="70"/>
        <source>Large text</source>
        <translation>Великий текст</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/display_panel.py" line="70"/>
        <source>Largest text</source>
        <translation>Найбільший текст</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/display_panel.py" line="73"/>
        <source>Changes the size of the text on every screen</source>
        <translation>Змінює розмір тексту на всіх екранах</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/display_panel.py" line="74"/>
        <source>Text size</source>
        <translation>Розмір тексту</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/display_panel.py" line="75"/>
        <source>Contrast</source>
        <translation>Контраст</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/display_panel.py" line="76"/>
        <source>Standard</source>
        <translation>Звичайний</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/display_panel.py" line="77"/>
        <source>Standard contrast</source>
        <translation>Звичайний контраст</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/display_panel.py" line="78"/>
        <location filename="../kiosk/ui/widgets/display_panel.py" line="79"/>
        <source>High contrast</source>
        <translation>Високий контраст</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/display_panel.py" line="80"/>
        <source>The usual colours</source>
        <translation>Звичайні кольори</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/display_panel.py" line="82"/>
        <source>Black text on white, for easier reading</source>
        <translation>Чорний текст на білому тлі, так легше читати</translation>
    </message>
</context>
<context>
    <name>EmergencyScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/emergency.py" line="45"/>
        <source>Emergency numbers</source>
        <translation>Екстрені номери</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/emergency.py" line="46"/>
        <source>Find an IOM office</source>
        <translation>Знайти офіс МОМ</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/emergency.py" line="47"/>
        <source>Shows the IOM offices in Georgia</source>
        <translation>Показує офіси МОМ у Грузії</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="48"/>
        <source>Today: %1</source>
        <translation>Сьогодні: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="81"/>
        <source>IOM offices</source>
        <translation>Офіси МОМ</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="82"/>
        <source>The central office in Tbilisi and four field offices</source>
        <translation>Центральний офіс у Тбілісі та чотири офіси в регіонах</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="84"/>
        <source>Emergency numbers</source>
        <translation>Екстрені номери</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="85"/>
        <source>Police, ambulance and fire: 112</source>
        <translation>Поліція, швидка допомога та пожежники: 112</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="91"/>
        <source>Information updated: %1</source>
        <translation>Інформацію оновлено: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="96"/>
        <source>What do you need?</source>
        <translation>Що вам потрібно?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="97"/>
        <source>How IOM helps</source>
        <translation>Як допомагає МОМ</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="98"/>
        <source>About IOM, offices and emergencies</source>
        <translation>Про МОМ, офіси та екстрені номери</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="99"/>
        <source>Search</source>
        <translation>Пошук</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="100"/>
        <source>Type a word to find a topic or an office</source>
        <translation>Введіть слово, щоб знайти тему або офіс</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="76"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="77"/>
        <source>Home</source>
        <translation>Головна</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="78"/>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="79"/>
        <source>Emergency 112</source>
        <translation>Екстрений виклик 112</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="80"/>
        <source>Search</source>
        <translation>Пошук</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="81"/>
        <source>Find a topic or an office by typing a word</source>
        <translation>Знайти тему або офіс, набравши слово</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="84"/>
        <source>Text size and contrast</source>
        <translation>Розмір тексту й контраст</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="85"/>
        <source>Quick exit</source>
        <translation>Швидкий вихід</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="86"/>
        <source>Go back to the previous screen</source>
        <translation>Повернутися на попередній екран</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="87"/>
        <source>Go to the start page with all topics</source>
        <translation>Перейти на головну сторінку з усіма темами</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="88"/>
        <source>Choose another language</source>
        <translation>Вибрати іншу мову</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="89"/>
        <source>Emergency numbers: police, ambulance, fire</source>
        <translation>Екстрені номери: поліція, швидка допомога, пожежники</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="90"/>
        <source>Bigger text or higher contrast</source>
        <translation>Більший текст або вищий контраст</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="92"/>
        <source>Hides this screen at once and forgets everything you did</source>
        <translation>Одразу приховує екран і стирає все, що ви тут робили</translation>
    </message>
</context>
<context>
    <name>OfficeListScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/offices.py" line="38"/>
        <source>%1 km from here, in a straight line</source>
        <translation>%1 км звідси по прямій</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/offices.py" line="46"/>
        <source>IOM offices in Georgia</source>
        <translation>Офіси МОМ у Грузії</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/offices.py" line="49"/>
        <source>The office nearest to this kiosk is first. Touch an office to see what this kiosk knows about it.</source>
        <translation>Першим указано найближчий до цього кіоску офіс. Торкніться офісу, щоб побачити, що про нього відомо цьому кіоску.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/offices.py" line="52"/>
        <source>Touch an office to see what this kiosk knows about it.</source>
        <translation>Торкніться офісу, щоб побачити, що про нього відомо цьому кіоску.</translation>
    </message>
</context>
<context>
    <name>OfficeScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/office.py" line="55"/>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/office.py" line="56"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/office.py" line="57"/>
        <source>E-mail</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/office.py" line="58"/>
        <source>Website</source>
        <translation>Вебсайт</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/office.py" line="59"/>
        <source>Opening hours</source>
        <translation>Години роботи</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/office.py" line="93"/>
        <source>This is an IOM office. Its address and phone number are not on this kiosk yet. Please ask the staff where this kiosk stands.</source>
        <translation>Це офіс МОМ. Його адреси й телефону в цьому кіоску поки немає. Будь ласка, запитайте в працівників там, де стоїть цей кіоск.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/office.py" line="96"/>
        <source>Help you can get here</source>
        <translation>Яку допомогу можна отримати тут</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/office.py" line="97"/>
        <source>In an emergency, call 112: free, day and night.</source>
        <translation>У невідкладному випадку телефонуйте 112: безкоштовно, вдень і вночі.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/office.py" line="99"/>
        <source>This text has not yet been checked by a native speaker.</source>
        <translation>Цей текст ще не перевірив носій мови.</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="149"/>
        <source>Latin letters</source>
        <translation>Латинські літери</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="149"/>
        <source>Own letters</source>
        <translation>Літери вашої мови</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="209"/>
        <source>Types this letter into the search</source>
        <translation>Вводить цю літеру в пошук</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="212"/>
        <source>Space</source>
        <translation>Пробіл</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="213"/>
        <source>Clear</source>
        <translation>Очистити</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="214"/>
        <source>Delete the last letter</source>
        <translation>Стерти останню літеру</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="215"/>
        <source>Types a space between words</source>
        <translation>Ставить пробіл між словами</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="216"/>
        <source>Empties the search</source>
        <translation>Очищає рядок пошуку</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="217"/>
        <source>Removes the letter typed last</source>
        <translation>Видаляє останню введену літеру</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="219"/>
        <source>Switches between Latin letters and the letters of your language</source>
        <translation>Перемикає між латинськими літерами та літерами вашої мови</translation>
    </message>
</context>
<context>
    <name>OperatorScreen</name>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="129"/>
        <source>Update refused: %1</source>
        <translation>Оновлення відхилено: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="135"/>
        <source>Test print failed: %1</source>
        <translation>Помилка пробного друку: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="162"/>
        <source>No content is loaded.</source>
        <translation>Вміст не завантажено.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="167"/>
        <source>Version %1, installed %2</source>
        <translation>Версія %1, встановлено %2</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="133"/>
        <source>Printer state unavailable: %1</source>
        <translation>Стан принтера недоступний: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="176"/>
        <source>Asking the printer…</source>
        <translation>Запитуємо стан принтера…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="185"/>
        <source>Usage figures cannot be read; see the log.</source>
        <translation>Не вдається прочитати статистику використання; див. журнал.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="198"/>
        <source>Updates cannot be imported on this kiosk.</source>
        <translation>У цьому кіоску не можна імпортувати оновлення.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="203"/>
        <source>No update found on a USB stick (looking for %1).</source>
        <translation>Оновлення на USB-накопичувачі не знайдено (шукали %1).</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="209"/>
        <source>Importing %1 ...</source>
        <translation>Імпорт %1 ...</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="225"/>
        <source>Unpacking: %1 of %2 kB</source>
        <translation>Розпакування: %1 з %2 КБ</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="229"/>
        <source>Checking the update…</source>
        <translation>Перевірка оновлення…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="230"/>
        <source>Building the new content…</source>
        <translation>Збирання нового вмісту…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="231"/>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="232"/>
        <source>Switching to the new content…</source>
        <translation>Перехід на новий вміст…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="238"/>
        <source>Update imported.</source>
        <translation>Оновлення імпортовано.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="245"/>
        <source>Sending a test page ...</source>
        <translation>Надсилання пробної сторінки ...</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="250"/>
        <source>Test page sent.</source>
        <translation>Пробну сторінку надіслано.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="256"/>
        <source>No writable USB stick found. Insert one and try again.</source>
        <translation>Не знайдено USB-накопичувача, доступного для запису. Вставте його та спробуйте ще раз.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="262"/>
        <source>Export failed: %1</source>
        <translation>Помилка експорту: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="267"/>
        <source>Written to %1 (%2 rows; %3 small counts left out).</source>
        <translation>Записано в %1 (рядків: %2; вилучено малих значень: %3).</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="272"/>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="274"/>
        <source>Kiosk: %1</source>
        <translation>Кіоск: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="275"/>
        <source>Content</source>
        <translation>Вміст</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="276"/>
        <source>Import update from USB</source>
        <translation>Імпорт оновлення з USB</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="277"/>
        <source>Printer</source>
        <translation>Принтер</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="278"/>
        <source>Test print</source>
        <translation>Пробний друк</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="279"/>
        <source>Usage figures (all hours)</source>
        <translation>Статистика використання (за весь час)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="281"/>
        <source>Event</source>
        <translation>Подія</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="281"/>
        <source>Item</source>
        <translation>Елемент</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="281"/>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="281"/>
        <source>Count</source>
        <translation>Кількість</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="282"/>
        <source>Export usage figures to USB</source>
        <translation>Експорт статистики на USB</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="283"/>
        <source>Recent log</source>
        <translation>Останні записи журналу</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="284"/>
        <source>Back to kiosk</source>
        <translation>Повернутися до кіоску</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="285"/>
        <source>Exit to desktop</source>
        <translation>Вийти на робочий стіл</translation>
    </message>
</context>
<context>
    <name>PinPadScreen</name>
    <message>
        <location filename="../kiosk/ui/operator/pin_pad.py" line="101"/>
        <source>No operator PIN is set on this kiosk.</source>
        <translation>У цьому кіоску не встановлено PIN-код оператора.</translation>
    </message>
    <message numerus="yes">
        <location filename="../kiosk/ui/operator/pin_pad.py" line="105"/>
        <source>Wrong PIN. Tries left before a lock: %n</source>
        <translation>
            <numerusform>Неправильний PIN-код. До блокування залишилася %n спроба</numerusform>
            <numerusform>Неправильний PIN-код. До блокування залишилося %n спроби</numerusform>
            <numerusform>Неправильний PIN-код. До блокування залишилося %n спроб</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../kiosk/ui/operator/pin_pad.py" line="109"/>
        <source>Too many wrong tries. Locked for %n second(s).</source>
        <translation>
            <numerusform>Забагато неправильних спроб. Вхід заблоковано на %n секунду.</numerusform>
            <numerusform>Забагато неправильних спроб. Вхід заблоковано на %n секунди.</numerusform>
            <numerusform>Забагато неправильних спроб. Вхід заблоковано на %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_pad.py" line="113"/>
        <source>Operator PIN</source>
        <translation>PIN-код оператора</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_pad.py" line="114"/>
        <source>Clear</source>
        <translation>Очистити</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_pad.py" line="115"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_pad.py" line="116"/>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
</context>
<context>
    <name>PrintButton</name>
    <message>
        <location filename="../kiosk/ui/printing_setup.py" line="56"/>
        <source>Print leaflet</source>
        <translation>Надрукувати пам’ятку</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/printing_setup.py" line="57"/>
        <source>Shows the leaflet to take away, then prints it</source>
        <translation>Показує пам’ятку, яку можна взяти з собою, а потім друкує її</translation>
    </message>
</context>
<context>
    <name>PrintPreviewScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="143"/>
        <source>Page %1 of %2</source>
        <translation>Сторінка %1 з %2</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="194"/>
        <source>Print</source>
        <translation>Друк</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="196"/>
        <source>Sends this leaflet to the kiosk&apos;s printer</source>
        <translation>Надсилає цю пам’ятку на принтер кіоску</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="197"/>
        <source>Your leaflet</source>
        <translation>Ваша пам’ятка</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="197"/>
        <source>Printing</source>
        <translation>Друк</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="200"/>
        <source>Preparing the preview…</source>
        <translation>Готуємо перегляд…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="202"/>
        <source>This is exactly what will be printed. Tap Print to print it.</source>
        <translation>Саме так пам’ятку буде надруковано. Торкніться «Друк», щоб надрукувати її.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="204"/>
        <source>This leaflet cannot be printed at the moment.</source>
        <translation>Зараз цю пам’ятку неможливо надрукувати.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="214"/>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="214"/>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="216"/>
        <source>Goes back to the page you were reading</source>
        <translation>Повертає на сторінку, яку ви читали</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="221"/>
        <source>Scan this code with your phone to keep the details.</source>
        <translation>Відскануйте цей код телефоном, щоб зберегти інформацію.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="222"/>
        <source>QR code</source>
        <translation>QR-код</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="228"/>
        <source>Sending to the printer…</source>
        <translation>Надсилання на принтер…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="230"/>
        <source>Waiting for the printer…</source>
        <translation>Очікування принтера…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="232"/>
        <source>Printing…</source>
        <translation>Друк…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="234"/>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="234"/>
        <source>Please take your leaflet from the printer.</source>
        <translation>Будь ласка, заберіть пам’ятку з принтера.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="235"/>
        <source>Could not print</source>
        <translation>Не вдалося надрукувати</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="238"/>
        <source>Please tell a member of staff, or scan the code below.</source>
        <translation>Будь ласка, повідомте працівника або відскануйте код нижче.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="240"/>
        <source>The printing service of this kiosk is not running.</source>
        <translation>Служба друку цього кіоску не працює.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="241"/>
        <source>No printer is connected to this kiosk.</source>
        <translation>До цього кіоску не під’єднано принтер.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="242"/>
        <source>The printer has been stopped.</source>
        <translation>Принтер зупинено.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="243"/>
        <source>The printer is not taking new leaflets.</source>
        <translation>Принтер не приймає нові пам’ятки.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="244"/>
        <source>The printer is out of paper.</source>
        <translation>У принтері закінчився папір.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="245"/>
        <source>Paper is stuck in the printer.</source>
        <translation>У принтері застряг папір.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="246"/>
        <source>The printer is switched off or not connected.</source>
        <translation>Принтер вимкнено або не під’єднано.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="247"/>
        <source>The printer has a fault.</source>
        <translation>Принтер несправний.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="248"/>
        <source>The printer could not print this leaflet.</source>
        <translation>Принтер не зміг надрукувати цю пам’ятку.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="249"/>
        <source>The printer took too long, so printing was cancelled.</source>
        <translation>Принтер занадто довго не відповідав, тому друк скасовано.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="251"/>
        <source>You have printed as many leaflets as one visit allows.</source>
        <translation>Ви вже надрукували стільки пам’яток, скільки можна за один візит.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="253"/>
        <source>This kiosk has printed as many leaflets as it may this hour. Please try again later.</source>
        <translation>Цей кіоск уже надрукував усі пам’ятки, дозволені на цю годину. Будь ласка, спробуйте пізніше.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="256"/>
        <source>Printing did not work.</source>
        <translation>Друк не вдався.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="258"/>
        <source>You can scan the code below instead.</source>
        <translation>Натомість можна відсканувати код нижче.</translation>
    </message>
</context>
<context>
    <name>ReadAloudControl</name>
    <message>
        <location filename="../kiosk/ui/widgets/read_aloud_control.py" line="66"/>
        <source>Preparing… (touch to stop)</source>
        <translation>Підготовка… (торкніться, щоб зупинити)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/read_aloud_control.py" line="68"/>
        <source>Stop reading</source>
        <translation>Зупинити читання</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/read_aloud_control.py" line="70"/>
        <source>Reading aloud is not available in this language</source>
        <translation>Читання вголос цією мовою недоступне</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/read_aloud_control.py" line="72"/>
        <source>No sound on this kiosk: please ask the staff</source>
        <translation>У кіоску немає звуку: зверніться до працівників</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/read_aloud_control.py" line="74"/>
        <source>Reading aloud failed: touch to try again</source>
        <translation>Не вдалося прочитати вголос: торкніться, щоб повторити</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/read_aloud_control.py" line="76"/>
        <source>Read aloud</source>
        <translation>Прочитати вголос</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/read_aloud_control.py" line="84"/>
        <source>Reads this page aloud in your language</source>
        <translation>Читає цю сторінку вголос вашою мовою</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/read_aloud_control.py" line="85"/>
        <source>Reading progress</source>
        <translation>Хід читання</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/search.py" line="146"/>
        <source>Search is not available on this kiosk at the moment. These pages may help:</source>
        <translation>Пошук у цьому кіоску зараз недоступний. Вам можуть допомогти ці сторінки:</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/search.py" line="149"/>
        <source>Nothing found for these letters. Try fewer letters, or look here:</source>
        <translation>За цими літерами нічого не знайдено. Наберіть менше літер або подивіться тут:</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/search.py" line="152"/>
        <source>Touch the letters below to type a word: a town, a need or a kind of help. Results appear as you type.</source>
        <translation>Торкайтеся літер нижче, щоб набрати слово: місто, проблему чи вид допомоги. Результати з’являються під час набору.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/search.py" line="169"/>
        <source>Type a word</source>
        <translation>Введіть слово</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/search.py" line="170"/>
        <source>IOM offices</source>
        <translation>Офіси МОМ</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/search.py" line="171"/>
        <source>The central office in Tbilisi and four field offices</source>
        <translation>Центральний офіс у Тбілісі та чотири офіси в регіонах</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/search.py" line="172"/>
        <source>Emergency numbers</source>
        <translation>Екстрені номери</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/search.py" line="173"/>
        <source>Police, ambulance and fire: 112</source>
        <translation>Поліція, швидка допомога та пожежники: 112</translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message>
        <location filename="../kiosk/ui/widgets/tile.py" line="49"/>
        <source>Touch to open</source>
        <translation>Торкніться, щоб відкрити</translation>
    </message>
</context>
<context>
    <name>TopicScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/topic.py" line="82"/>
        <source>Find an IOM office</source>
        <translation>Знайти офіс МОМ</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/topic.py" line="83"/>
        <source>Shows the IOM offices in Georgia</source>
        <translation>Показує офіси МОМ у Грузії</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/topic.py" line="84"/>
        <source>See also</source>
        <translation>Див. також</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/topic.py" line="86"/>
        <source>This text has not yet been checked by a native speaker.</source>
        <translation>Цей текст ще не перевірив носій мови.</translation>
    </message>
</context>
<context>
    <name>UnavailableScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/unavailable.py" line="22"/>
        <source>This kiosk is out of service for a moment.</source>
        <translation>Кіоск тимчасово не працює.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/unavailable.py" line="24"/>
        <source>Please ask the staff for help. In an emergency, call 112: free, day and night.</source>
        <translation>Будь ласка, зверніться по допомогу до працівників. У невідкладному випадку телефонуйте 112: безкоштовно, вдень і вночі.</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/welcome.py" line="11"/>
        <source>Touch your language to begin</source>
        <translation>Щоб почати, торкніться своєї мови</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/welcome.py" line="81"/>
        <source>IOM Georgia: information and help for migrants</source>
        <translation>МОМ Грузія: інформація та допомога для мігрантів</translation>
    </message>
</context>
</TS>
