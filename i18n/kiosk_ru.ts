<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>CountdownOverlay</name>
    <message>
        <location filename="../kiosk/ui/widgets/countdown_overlay.py" line="85"/>
        <source>Are you still there?</source>
        <translation>Вы ещё здесь?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/countdown_overlay.py" line="87"/>
        <source>When the count reaches zero, the screen is cleared for the next person.</source>
        <translation>Когда отсчёт дойдёт до нуля, экран очистится для следующего человека.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/countdown_overlay.py" line="89"/>
        <source>Yes, continue</source>
        <translation>Да, продолжить</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/countdown_overlay.py" line="91"/>
        <source>Keeps what you are looking at; the screen is not cleared</source>
        <translation>Оставляет открытой эту страницу; экран не очистится</translation>
    </message>
</context>
<context>
    <name>DisplayPanel</name>
    <message>
        <location filename="../kiosk/ui/widgets/display_panel.py" line="70"/>
        <source>Normal text</source>
        <translation>Обычный текст</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/display_panel.py" line="70"/>
        <source>Large text</source>
        <translation>Крупный текст</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/display_panel.py" line="70"/>
        <source>Largest text</source>
        <translation>Самый крупный текст</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/display_panel.py" line="73"/>
        <source>Changes the size of the text on every screen</source>
        <translation>Меняет размер текста на всех экранах</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/display_panel.py" line="74"/>
        <source>Text size</source>
        <translation>Размер текста</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/display_panel.py" line="75"/>
        <source>Contrast</source>
        <translation>Контраст</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/display_panel.py" line="76"/>
        <source>Standard</source>
        <translation>Обычный</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/display_panel.py" line="77"/>
        <source>Standard contrast</source>
        <translation>Обычный контраст</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/display_panel.py" line="78"/>
        <location filename="../kiosk/ui/widgets/display_panel.py" line="79"/>
        <source>High contrast</source>
        <translation>Высокий контраст</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/display_panel.py" line="80"/>
        <source>The usual colours</source>
        <translation>Обычные цвета</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/display_panel.py" line="82"/>
        <source>Black text on white, for easier reading</source>
        <translation>Чёрный текст на белом фоне, так легче читать</translation>
    </message>
</context>
<context>
    <name>EmergencyScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/emergency.py" line="45"/>
        <source>Emergency numbers</source>
        <translation>Экстренные номера</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/emergency.py" line="46"/>
        <source>Find an IOM office</source>
        <translation>Найти офис МОМ</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/emergency.py" line="47"/>
        <source>Shows the IOM offices in Georgia</source>
        <translation>Показывает офисы МОМ в Грузии</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="48"/>
        <source>Today: %1</source>
        <translation>Сегодня: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="81"/>
        <source>IOM offices</source>
        <translation>Офисы МОМ</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="82"/>
        <source>The central office in Tbilisi and four field offices</source>
        <translation>Центральный офис в Тбилиси и четыре офиса в регионах</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="84"/>
        <source>Emergency numbers</source>
        <translation>Экстренные номера</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="85"/>
        <source>Police, ambulance and fire: 112</source>
        <translation>Полиция, скорая помощь и пожарные: 112</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="91"/>
        <source>Information updated: %1</source>
        <translation>Информация обновлена: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="96"/>
        <source>What do you need?</source>
        <translation>Что вам нужно?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="97"/>
        <source>How IOM helps</source>
        <translation>Как помогает МОМ</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="98"/>
        <source>About IOM, offices and emergencies</source>
        <translation>О МОМ, офисы и экстренные номера</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="99"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="100"/>
        <source>Type a word to find a topic or an office</source>
        <translation>Введите слово, чтобы найти тему или офис</translation>
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
        <translation>Главная</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="78"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="79"/>
        <source>Emergency 112</source>
        <translation>Экстренный вызов 112</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="80"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="81"/>
        <source>Find a topic or an office by typing a word</source>
        <translation>Найти тему или офис, набрав слово</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="84"/>
        <source>Text size and contrast</source>
        <translation>Размер текста и контраст</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="85"/>
        <source>Quick exit</source>
        <translation>Быстрый выход</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="86"/>
        <source>Go back to the previous screen</source>
        <translation>Вернуться на предыдущий экран</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="87"/>
        <source>Go to the start page with all topics</source>
        <translation>Перейти на главную страницу со всеми темами</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="88"/>
        <source>Choose another language</source>
        <translation>Выбрать другой язык</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="89"/>
        <source>Emergency numbers: police, ambulance, fire</source>
        <translation>Экстренные номера: полиция, скорая помощь, пожарные</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="90"/>
        <source>Bigger text or higher contrast</source>
        <translation>Более крупный текст или высокий контраст</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="92"/>
        <source>Hides this screen at once and forgets everything you did</source>
        <translation>Сразу скрывает экран и стирает всё, что вы здесь делали</translation>
    </message>
</context>
<context>
    <name>OfficeListScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/offices.py" line="38"/>
        <source>%1 km from here, in a straight line</source>
        <translation>%1 км отсюда по прямой</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/offices.py" line="46"/>
        <source>IOM offices in Georgia</source>
        <translation>Офисы МОМ в Грузии</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/offices.py" line="49"/>
        <source>The office nearest to this kiosk is first. Touch an office to see what this kiosk knows about it.</source>
        <translation>Первым указан ближайший к этому киоску офис. Нажмите на офис, чтобы увидеть, что о нём известно этому киоску.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/offices.py" line="52"/>
        <source>Touch an office to see what this kiosk knows about it.</source>
        <translation>Нажмите на офис, чтобы увидеть, что о нём известно этому киоску.</translation>
    </message>
</context>
<context>
    <name>OfficeScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/office.py" line="55"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/office.py" line="56"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/office.py" line="57"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/office.py" line="58"/>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/office.py" line="59"/>
        <source>Opening hours</source>
        <translation>Часы работы</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/office.py" line="93"/>
        <source>This is an IOM office. Its address and phone number are not on this kiosk yet. Please ask the staff where this kiosk stands.</source>
        <translation>Это офис МОМ. Его адреса и телефона пока нет в этом киоске. Пожалуйста, спросите у сотрудников там, где стоит этот киоск.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/office.py" line="96"/>
        <source>Help you can get here</source>
        <translation>Какую помощь можно получить здесь</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/office.py" line="97"/>
        <source>In an emergency, call 112: free, day and night.</source>
        <translation>В экстренном случае звоните 112: бесплатно, днём и ночью.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/office.py" line="99"/>
        <source>This text has not yet been checked by a native speaker.</source>
        <translation>Этот текст ещё не проверен носителем языка.</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="149"/>
        <source>Latin letters</source>
        <translation>Латинские буквы</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="149"/>
        <source>Own letters</source>
        <translation>Буквы вашего языка</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="209"/>
        <source>Types this letter into the search</source>
        <translation>Вводит эту букву в поиск</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="212"/>
        <source>Space</source>
        <translation>Пробел</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="213"/>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="214"/>
        <source>Delete the last letter</source>
        <translation>Стереть последнюю букву</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="215"/>
        <source>Types a space between words</source>
        <translation>Ставит пробел между словами</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="216"/>
        <source>Empties the search</source>
        <translation>Очищает строку поиска</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="217"/>
        <source>Removes the letter typed last</source>
        <translation>Удаляет последнюю введённую букву</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="219"/>
        <source>Switches between Latin letters and the letters of your language</source>
        <translation>Переключает между латинскими буквами и буквами вашего языка</translation>
    </message>
</context>
<context>
    <name>OperatorScreen</name>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="129"/>
        <source>Update refused: %1</source>
        <translation>Обновление отклонено: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="135"/>
        <source>Test print failed: %1</source>
        <translation>Ошибка пробной печати: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="162"/>
        <source>No content is loaded.</source>
        <translation>Содержимое не загружено.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="167"/>
        <source>Version %1, installed %2</source>
        <translation>Версия %1, установлена %2</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="133"/>
        <source>Printer state unavailable: %1</source>
        <translation>Состояние принтера недоступно: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="176"/>
        <source>Asking the printer…</source>
        <translation>Запрашиваем состояние принтера…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="185"/>
        <source>Usage figures cannot be read; see the log.</source>
        <translation>Не удаётся прочитать статистику использования; см. журнал.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="198"/>
        <source>Updates cannot be imported on this kiosk.</source>
        <translation>В этом киоске нельзя импортировать обновления.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="203"/>
        <source>No update found on a USB stick (looking for %1).</source>
        <translation>Обновление на USB-накопителе не найдено (искали %1).</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="209"/>
        <source>Importing %1 ...</source>
        <translation>Импорт %1 ...</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="225"/>
        <source>Unpacking: %1 of %2 kB</source>
        <translation>Распаковка: %1 из %2 КБ</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="229"/>
        <source>Checking the update…</source>
        <translation>Проверка обновления…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="230"/>
        <source>Building the new content…</source>
        <translation>Сборка нового содержимого…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="231"/>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="232"/>
        <source>Switching to the new content…</source>
        <translation>Переход на новое содержимое…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="238"/>
        <source>Update imported.</source>
        <translation>Обновление импортировано.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="245"/>
        <source>Sending a test page ...</source>
        <translation>Отправка пробной страницы ...</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="250"/>
        <source>Test page sent.</source>
        <translation>Пробная страница отправлена.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="256"/>
        <source>No writable USB stick found. Insert one and try again.</source>
        <translation>Не найден USB-накопитель, доступный для записи. Вставьте его и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="262"/>
        <source>Export failed: %1</source>
        <translation>Ошибка экспорта: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="267"/>
        <source>Written to %1 (%2 rows; %3 small counts left out).</source>
        <translation>Записано в %1 (строк: %2; исключено малых значений: %3).</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="272"/>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="274"/>
        <source>Kiosk: %1</source>
        <translation>Киоск: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="275"/>
        <source>Content</source>
        <translation>Содержимое</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="276"/>
        <source>Import update from USB</source>
        <translation>Импорт обновления с USB</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="277"/>
        <source>Printer</source>
        <translation>Принтер</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="278"/>
        <source>Test print</source>
        <translation>Пробная печать</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="279"/>
        <source>Usage figures (all hours)</source>
        <translation>Статистика использования (за всё время)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="281"/>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="281"/>
        <source>Item</source>
        <translation>Элемент</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="281"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="281"/>
        <source>Count</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="282"/>
        <source>Export usage figures to USB</source>
        <translation>Экспорт статистики на USB</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="283"/>
        <source>Recent log</source>
        <translation>Последние записи журнала</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="284"/>
        <source>Back to kiosk</source>
        <translation>Вернуться в киоск</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="285"/>
        <source>Exit to desktop</source>
        <translation>Выйти на рабочий стол</translation>
    </message>
</context>
<context>
    <name>PinPadScreen</name>
    <message>
        <location filename="../kiosk/ui/operator/pin_pad.py" line="101"/>
        <source>No operator PIN is set on this kiosk.</source>
        <translation>В этом киоске не задан PIN-код оператора.</translation>
    </message>
    <message numerus="yes">
        <location filename="../kiosk/ui/operator/pin_pad.py" line="105"/>
        <source>Wrong PIN. Tries left before a lock: %n</source>
        <translation>
            <numerusform>Неверный PIN-код. До блокировки осталась %n попытка</numerusform>
            <numerusform>Неверный PIN-код. До блокировки осталось %n попытки</numerusform>
            <numerusform>Неверный PIN-код. До блокировки осталось %n попыток</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../kiosk/ui/operator/pin_pad.py" line="109"/>
        <source>Too many wrong tries. Locked for %n second(s).</source>
        <translation>
            <numerusform>Слишком много неверных попыток. Вход заблокирован на %n секунду.</numerusform>
            <numerusform>Слишком много неверных попыток. Вход заблокирован на %n секунды.</numerusform>
            <numerusform>Слишком много неверных попыток. Вход заблокирован на %n секунд.</numerusform>
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
        <translation>Очистить</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_pad.py" line="115"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_pad.py" line="116"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>PrintButton</name>
    <message>
        <location filename="../kiosk/ui/printing_setup.py" line="56"/>
        <source>Print leaflet</source>
        <translation>Распечатать памятку</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/printing_setup.py" line="57"/>
        <source>Shows the leaflet to take away, then prints it</source>
        <translation>Показывает памятку, которую можно взять с собой, и затем печатает её</translation>
    </message>
</context>
<context>
    <name>PrintPreviewScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="143"/>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="194"/>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="196"/>
        <source>Sends this leaflet to the kiosk&apos;s printer</source>
        <translation>Отправляет эту памятку на принтер киоска</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="197"/>
        <source>Your leaflet</source>
        <translation>Ваша памятка</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="197"/>
        <source>Printing</source>
        <translation>Печать</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="200"/>
        <source>Preparing the preview…</source>
        <translation>Готовим просмотр…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="202"/>
        <source>This is exactly what will be printed. Tap Print to print it.</source>
        <translation>Именно так памятка будет напечатана. Нажмите «Печать», чтобы распечатать её.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="204"/>
        <source>This leaflet cannot be printed at the moment.</source>
        <translation>Сейчас эту памятку нельзя распечатать.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="214"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="214"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="216"/>
        <source>Goes back to the page you were reading</source>
        <translation>Возвращает на страницу, которую вы читали</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="221"/>
        <source>Scan this code with your phone to keep the details.</source>
        <translation>Отсканируйте этот код телефоном, чтобы сохранить информацию.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="222"/>
        <source>QR code</source>
        <translation>QR-код</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="228"/>
        <source>Sending to the printer…</source>
        <translation>Отправка на принтер…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="230"/>
        <source>Waiting for the printer…</source>
        <translation>Ожидание принтера…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="232"/>
        <source>Printing…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="234"/>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="234"/>
        <source>Please take your leaflet from the printer.</source>
        <translation>Пожалуйста, заберите памятку из принтера.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="235"/>
        <source>Could not print</source>
        <translation>Не удалось распечатать</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="238"/>
        <source>Please tell a member of staff, or scan the code below.</source>
        <translation>Пожалуйста, сообщите сотруднику или отсканируйте код ниже.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="240"/>
        <source>The printing service of this kiosk is not running.</source>
        <translation>Служба печати этого киоска не работает.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="241"/>
        <source>No printer is connected to this kiosk.</source>
        <translation>К этому киоску не подключён принтер.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="242"/>
        <source>The printer has been stopped.</source>
        <translation>Принтер остановлен.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="243"/>
        <source>The printer is not taking new leaflets.</source>
        <translation>Принтер не принимает новые памятки.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="244"/>
        <source>The printer is out of paper.</source>
        <translation>В принтере закончилась бумага.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="245"/>
        <source>Paper is stuck in the printer.</source>
        <translation>В принтере застряла бумага.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="246"/>
        <source>The printer is switched off or not connected.</source>
        <translation>Принтер выключен или не подключён.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="247"/>
        <source>The printer has a fault.</source>
        <translation>Принтер неисправен.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="248"/>
        <source>The printer could not print this leaflet.</source>
        <translation>Принтер не смог напечатать эту памятку.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="249"/>
        <source>The printer took too long, so printing was cancelled.</source>
        <translation>Принтер слишком долго не отвечал, поэтому печать отменена.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="251"/>
        <source>You have printed as many leaflets as one visit allows.</source>
        <translation>Вы уже распечатали столько памяток, сколько можно за одно посещение.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="253"/>
        <source>This kiosk has printed as many leaflets as it may this hour. Please try again later.</source>
        <translation>Этот киоск уже распечатал все памятки, разрешённые на этот час. Пожалуйста, попробуйте позже.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="256"/>
        <source>Printing did not work.</source>
        <translation>Печать не удалась.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="258"/>
        <source>You can scan the code below instead.</source>
        <translation>Вместо этого можно отсканировать код ниже.</translation>
    </message>
</context>
<context>
    <name>ReadAloudControl</name>
    <message>
        <location filename="../kiosk/ui/widgets/read_aloud_control.py" line="66"/>
        <source>Preparing… (touch to stop)</source>
        <translation>Подготовка… (нажмите, чтобы остановить)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/read_aloud_control.py" line="68"/>
        <source>Stop reading</source>
        <translation>Остановить чтение</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/read_aloud_control.py" line="70"/>
        <source>Reading aloud is not available in this language</source>
        <translation>Чтение вслух на этом языке недоступно</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/read_aloud_control.py" line="72"/>
        <source>No sound on this kiosk: please ask the staff</source>
        <translation>В киоске нет звука: обратитесь к сотрудникам</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/read_aloud_control.py" line="74"/>
        <source>Reading aloud failed: touch to try again</source>
        <translation>Не удалось прочитать вслух: нажмите, чтобы повторить</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/read_aloud_control.py" line="76"/>
        <source>Read aloud</source>
        <translation>Прочитать вслух</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/read_aloud_control.py" line="84"/>
        <source>Reads this page aloud in your language</source>
        <translation>Читает эту страницу вслух на вашем языке</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/read_aloud_control.py" line="85"/>
        <source>Reading progress</source>
        <translation>Ход чтения</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/search.py" line="146"/>
        <source>Search is not available on this kiosk at the moment. These pages may help:</source>
        <translation>Поиск в этом киоске сейчас недоступен. Вам могут помочь эти страницы:</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/search.py" line="149"/>
        <source>Nothing found for these letters. Try fewer letters, or look here:</source>
        <translation>По этим буквам ничего не найдено. Наберите меньше букв или посмотрите здесь:</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/search.py" line="152"/>
        <source>Touch the letters below to type a word: a town, a need or a kind of help. Results appear as you type.</source>
        <translation>Нажимайте на буквы ниже, чтобы набрать слово: город, проблему или вид помощи. Результаты появляются по мере набора.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/search.py" line="169"/>
        <source>Type a word</source>
        <translation>Введите слово</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/search.py" line="170"/>
        <source>IOM offices</source>
        <translation>Офисы МОМ</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/search.py" line="171"/>
        <source>The central office in Tbilisi and four field offices</source>
        <translation>Центральный офис в Тбилиси и четыре офиса в регионах</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/search.py" line="172"/>
        <source>Emergency numbers</source>
        <translation>Экстренные номера</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/search.py" line="173"/>
        <source>Police, ambulance and fire: 112</source>
        <translation>Полиция, скорая помощь и пожарные: 112</translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message>
        <location filename="../kiosk/ui/widgets/tile.py" line="49"/>
        <source>Touch to open</source>
        <translation>Нажмите, чтобы открыть</translation>
    </message>
</context>
<context>
    <name>TopicScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/topic.py" line="82"/>
        <source>Find an IOM office</source>
        <translation>Найти офис МОМ</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/topic.py" line="83"/>
        <source>Shows the IOM offices in Georgia</source>
        <translation>Показывает офисы МОМ в Грузии</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/topic.py" line="84"/>
        <source>See also</source>
        <translation>См. также</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/topic.py" line="86"/>
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
        <location filename="../kiosk/ui/screens/welcome.py" line="81"/>
        <source>IOM Georgia: information and help for migrants</source>
        <translation>МОМ Грузия: информация и помощь для мигрантов</translation>
    </message>
</context>
</TS>
