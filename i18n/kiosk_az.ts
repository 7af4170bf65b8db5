<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="az" sourcelanguage="en">
<context>
    <name>CountdownOverlay</name>
    <message>
        <location filename="../kiosk/ui/widgets/countdown_overlay.py" line="85"/>
        <source>Are you still there?</source>
        <translation>Hələ buradasınız?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/countdown_overlay.py" line="87"/>
        <source>When the count reaches zero, the screen is cleared for the next person.</source>
        <translation>Sayğac sıfıra çatanda ekran növbəti şəxs üçün təmizlənəcək.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/countdown_overlay.py" line="89"/>
        <source>Yes, continue</source>
        <translation>Bəli, davam et</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/countdown_overlay.py" line="91"/>
        <source>Keeps what you are looking at; the screen is not cleared</source>
        <translation>Baxdığınız səhifə qalır; ekran təmizlənmir</translation>
    </message>
</context>
<context>
    <name>DisplayPanel</name>
    <message>
        <location filename="../kiosk/ui/widgets/display_panel.py" line="70"/>
        <source>Normal text</source>
        <translation>Normal mətn</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/display_panel.py" line="70"/>
        <source>Large text</source>
        <translation>Böyük mətn</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/display_panel.py" line="70"/>
        <source>Largest text</source>
        <translation>Ən böyük mətn</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/display_panel.py" line="73"/>
        <source>Changes the size of the text on every screen</source>
        <translation>Bütün ekranlarda mətnin ölçüsünü dəyişir</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/display_panel.py" line="74"/>
        <source>Text size</source>
        <translation>Mətn ölçüsü</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/display_panel.py" line="75"/>
        <source>Contrast</source>
        <translation>Kontrast</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/display_panel.py" line="76"/>
        <source>Standard</source>
        <translation>Standart</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/display_panel.py" line="77"/>
        <source>Standard contrast</source>
        <translation>Standart kontrast</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/display_panel.py" line="78"/>
        <location filename="../kiosk/ui/widgets/display_panel.py" line="79"/>
        <source>High contrast</source>
        <translation>Yüksək kontrast</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/display_panel.py" line="80"/>
        <source>The usual colours</source>
        <translation>Adi rənglər</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/display_panel.py" line="82"/>
        <source>Black text on white, for easier reading</source>
        <translation>Asan oxumaq üçün ağ fonda qara mətn</translation>
    </message>
</context>
<context>
    <name>EmergencyScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/emergency.py" line="45"/>
        <source>Emergency numbers</source>
        <translation>Təcili nömrələr</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/emergency.py" line="46"/>
        <source>Find an IOM office</source>
        <translation>BMqT ofisini tapın</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/emergency.py" line="47"/>
        <source>Shows the IOM offices in Georgia</source>
        <translation>Gürcüstandakı BMqT ofislərini göstərir</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="48"/>
        <source>Today: %1</source>
        <translation>Bu gün: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="81"/>
        <source>IOM offices</source>
        <translation>BMqT ofisləri</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="82"/>
        <source>The central office in Tbilisi and four field offices</source>
        <translation>Tbilisidə mərkəzi ofis və dörd sahə ofisi</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="84"/>
        <source>Emergency numbers</source>
        <translation>Təcili nömrələr</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="85"/>
        <source>Police, ambulance and fire: 112</source>
        <translation>Polis, təcili tibbi yardım və yanğınsöndürmə: 112</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="91"/>
        <source>Information updated: %1</source>
        <translation>Məlumat yenilənib: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="96"/>
        <source>What do you need?</source>
        <translation>Sizə nə lazımdır?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="97"/>
        <source>How IOM helps</source>
        <translation>BMqT necə kömək edir</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="98"/>
        <source>About IOM, offices and emergencies</source>
        <translation>BMqT haqqında, ofislər və təcili nömrələr</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="99"/>
        <source>Search</source>
        <translation>Axtarış</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="100"/>
        <source>Type a word to find a topic or an office</source>
        <translation>Mövzu və ya ofis tapmaq üçün söz yazın</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="76"/>
        <source>Back</source>
        <translation>Geri</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="77"/>
        <source>Home</source>
        <translation>Ana səhifə</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="78"/>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="79"/>
        <source>Emergency 112</source>
        <translation>Təcili 112</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="80"/>
        <source>Search</source>
        <translation>Axtarış</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="81"/>
        <source>Find a topic or an office by typing a word</source>
        <translation>Söz yazaraq mövzu və ya ofis tapın</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="84"/>
        <source>Text size and contrast</source>
        <translation>Mətn ölçüsü və kontrast</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="85"/>
        <source>Quick exit</source>
        <translation>Tez çıxış</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="86"/>
        <source>Go back to the previous screen</source>
        <translation>Əvvəlki ekrana qayıdın</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="87"/>
        <source>Go to the start page with all topics</source>
        <translation>Bütün mövzuların olduğu ana səhifəyə keçin</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="88"/>
        <source>Choose another language</source>
        <translation>Başqa dil seçin</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="89"/>
        <source>Emergency numbers: police, ambulance, fire</source>
        <translation>Fövqəladə hallar nömrələri: polis, təcili tibbi yardım, yanğınsöndürmə</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="90"/>
        <source>Bigger text or higher contrast</source>
        <translation>Daha böyük mətn və ya daha yüksək kontrast</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="92"/>
        <source>Hides this screen at once and forgets everything you did</source>
        <translation>Bu ekranı dərhal gizlədir və etdiyiniz hər şeyi unudur</translation>
    </message>
</context>
<context>
    <name>OfficeListScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/offices.py" line="38"/>
        <source>%1 km from here, in a straight line</source>
        <translation>Buradan düz xətt üzrə %1 km</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/offices.py" line="46"/>
        <source>IOM offices in Georgia</source>
        <translation>Gürcüstanda BMqT ofisləri</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/offices.py" line="49"/>
        <source>The office nearest to this kiosk is first. Touch an office to see what this kiosk knows about it.</source>
        <translation>Bu kioska ən yaxın ofis birinci göstərilir. Ofis haqqında bu kioskda hansı məlumatın olduğunu görmək üçün ona toxunun.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/offices.py" line="52"/>
        <source>Touch an office to see what this kiosk knows about it.</source>
        <translation>Ofis haqqında bu kioskda hansı məlumatın olduğunu görmək üçün ona toxunun.</translation>
    </message>
</context>
<context>
    <name>OfficeScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/office.py" line="55"/>
        <source>Address</source>
        <translation>Ünvan</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/office.py" line="56"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/office.py" line="57"/>
        <source>E-mail</source>
        <translation>E-poçt</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/office.py" line="58"/>
        <source>Website</source>
        <translation>Vebsayt</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/office.py" line="59"/>
        <source>Opening hours</source>
        <translation>İş saatları</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/office.py" line="93"/>
        <source>This is an IOM office. Its address and phone number are not on this kiosk yet. Please ask the staff where this kiosk stands.</source>
        <translation>Bu, BMqT-nin ofisidir. Onun ünvanı və telefon nömrəsi hələ bu kioskda yoxdur. Zəhmət olmasa, bu kioskun olduğu yerdəki işçilərdən soruşun.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/office.py" line="96"/>
        <source>Help you can get here</source>
        <translation>Burada ala biləcəyiniz kömək</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/office.py" line="97"/>
        <source>In an emergency, call 112: free, day and night.</source>
        <translation>Təcili halda 112-yə zəng edin: pulsuz, gecə-gündüz.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/office.py" line="99"/>
        <source>This text has not yet been checked by a native speaker.</source>
        <translation>Bu mətn hələ ana dili bu dil olan biri tərəfindən yoxlanılmayıb.</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="149"/>
        <source>Latin letters</source>
        <translation>Əsas hərflər</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="149"/>
        <source>Own letters</source>
        <translation>Azərbaycan hərfləri</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="209"/>
        <source>Types this letter into the search</source>
        <translation>Bu hərfi axtarışa yazır</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="212"/>
        <source>Space</source>
        <translation>Boşluq</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="213"/>
        <source>Clear</source>
        <translation>Təmizlə</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="214"/>
        <source>Delete the last letter</source>
        <translation>Son hərfi sil</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="215"/>
        <source>Types a space between words</source>
        <translation>Sözlər arasına boşluq qoyur</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="216"/>
        <source>Empties the search</source>
        <translation>Axtarışı təmizləyir</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="217"/>
        <source>Removes the letter typed last</source>
        <translation>Sonuncu yazılan hərfi silir</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="219"/>
        <source>Switches between Latin letters and the letters of your language</source>
        <translation>Əsas hərflərlə Azərbaycan hərfləri arasında keçid edir</translation>
    </message>
</context>
<context>
    <name>OperatorScreen</name>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="129"/>
        <source>Update refused: %1</source>
        <translation>Yeniləmə rədd edildi: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="135"/>
        <source>Test print failed: %1</source>
        <translation>Sınaq çapı alınmadı: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="162"/>
        <source>No content is loaded.</source>
        <translation>Heç bir məzmun yüklənməyib.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="167"/>
        <source>Version %1, installed %2</source>
        <translation>Versiya %1, quraşdırılıb: %2</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="133"/>
        <source>Printer state unavailable: %1</source>
        <translation>Printerin vəziyyəti məlum deyil: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="176"/>
        <source>Asking the printer…</source>
        <translation>Printerin vəziyyəti yoxlanılır…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="185"/>
        <source>Usage figures cannot be read; see the log.</source>
        <translation>İstifadə göstəriciləri oxuna bilmir; jurnala baxın.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="198"/>
        <source>Updates cannot be imported on this kiosk.</source>
        <translation>Bu kioskda yeniləmələri idxal etmək mümkün deyil.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="203"/>
        <source>No update found on a USB stick (looking for %1).</source>
        <translation>USB yaddaşda yeniləmə tapılmadı (axtarılan: %1).</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="209"/>
        <source>Importing %1 ...</source>
        <translation>%1 idxal edilir ...</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="225"/>
        <source>Unpacking: %1 of %2 kB</source>
        <translation>Açılır: %2 KB-dan %1 KB</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="229"/>
        <source>Checking the update…</source>
        <translation>Yeniləmə yoxlanılır…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="230"/>
        <source>Building the new content…</source>
        <translation>Yeni məzmun qurulur…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="231"/>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="232"/>
        <source>Switching to the new content…</source>
        <translation>Yeni məzmuna keçilir…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="238"/>
        <source>Update imported.</source>
        <translation>Yeniləmə idxal edildi.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="245"/>
        <source>Sending a test page ...</source>
        <translation>Sınaq səhifəsi göndərilir ...</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="250"/>
        <source>Test page sent.</source>
        <translation>Sınaq səhifəsi göndərildi.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="256"/>
        <source>No writable USB stick found. Insert one and try again.</source>
        <translation>Yazıla bilən USB yaddaş tapılmadı. USB yaddaş taxın və yenidən cəhd edin.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="262"/>
        <source>Export failed: %1</source>
        <translation>İxrac alınmadı: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="267"/>
        <source>Written to %1 (%2 rows; %3 small counts left out).</source>
        <translation>%1 faylına yazıldı (%2 sətir; %3 kiçik say çıxarıldı).</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="272"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="274"/>
        <source>Kiosk: %1</source>
        <translation>Kiosk: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="275"/>
        <source>Content</source>
        <translation>Məzmun</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="276"/>
        <source>Import update from USB</source>
        <translation>USB-dən yeniləməni idxal et</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="277"/>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="278"/>
        <source>Test print</source>
        <translation>Sınaq çapı</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="279"/>
        <source>Usage figures (all hours)</source>
        <translation>İstifadə göstəriciləri (bütün saatlar)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="281"/>
        <source>Event</source>
        <translation>Hadisə</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="281"/>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="281"/>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="281"/>
        <source>Count</source>
        <translation>Say</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="282"/>
        <source>Export usage figures to USB</source>
        <translation>İstifadə göstəricilərini USB-yə ixrac et</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="283"/>
        <source>Recent log</source>
        <translation>Son jurnal qeydləri</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="284"/>
        <source>Back to kiosk</source>
        <translation>Kioska qayıt</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="285"/>
        <source>Exit to desktop</source>
        <translation>İş masasına çıx</translation>
    </message>
</context>
<context>
    <name>PinPadScreen</name>
    <message>
        <location filename="../kiosk/ui/operator/pin_pad.py" line="101"/>
        <source>No operator PIN is set on this kiosk.</source>
        <translation>Bu kioskda operator PIN-i təyin edilməyib.</translation>
    </message>
    <message numerus="yes">
        <location filename="../kiosk/ui/operator/pin_pad.py" line="105"/>
        <source>Wrong PIN. Tries left before a lock: %n</source>
        <translation>
            <numerusform>Yanlış PIN. Kilidlənməyə qədər qalan cəhd: %n</numerusform>
            <numerusform>Yanlış PIN. Kilidlənməyə qədər qalan cəhd: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../kiosk/ui/operator/pin_pad.py" line="109"/>
        <source>Too many wrong tries. Locked for %n second(s).</source>
        <translation>
            <numerusform>Həddən çox yanlış cəhd. %n saniyəlik kilidləndi.</numerusform>
            <numerusform>Həddən çox yanlış cəhd. %n saniyəlik kilidləndi.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_pad.py" line="113"/>
        <source>Operator PIN</source>
        <translation>Operator PIN-i</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_pad.py" line="114"/>
        <source>Clear</source>
        <translation>Təmizlə</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_pad.py" line="115"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_pad.py" line="116"/>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
</context>
<context>
    <name>PrintButton</name>
    <message>
        <location filename="../kiosk/ui/printing_setup.py" line="56"/>
        <source>Print leaflet</source>
        <translation>Broşürü çap et</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/printing_setup.py" line="57"/>
        <source>Shows the leaflet to take away, then prints it</source>
        <translation>Özünüzlə götürəcəyiniz broşürü göstərir, sonra çap edir</translation>
    </message>
</context>
<context>
    <name>PrintPreviewScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="143"/>
        <source>Page %1 of %2</source>
        <translation>Səhifə %1 / %2</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="194"/>
        <source>Print</source>
        <translation>Çap et</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="196"/>
        <source>Sends this leaflet to the kiosk&apos;s printer</source>
        <translation>Bu broşürü kioskun printerinə göndərir</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="197"/>
        <source>Your leaflet</source>
        <translation>Broşürünüz</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="197"/>
        <source>Printing</source>
        <translation>Çap olunur</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="200"/>
        <source>Preparing the preview…</source>
        <translation>Önbaxış hazırlanır…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="202"/>
        <source>This is exactly what will be printed. Tap Print to print it.</source>
        <translation>Məhz bu çap olunacaq. Çap etmək üçün «Çap et» düyməsinə toxunun.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="204"/>
        <source>This leaflet cannot be printed at the moment.</source>
        <translation>Bu broşürü hazırda çap etmək mümkün deyil.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="214"/>
        <source>Close</source>
        <translation>Bağla</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="214"/>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="216"/>
        <source>Goes back to the page you were reading</source>
        <translation>Oxuduğunuz səhifəyə qaytarır</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="221"/>
        <source>Scan this code with your phone to keep the details.</source>
        <translation>Məlumatları saxlamaq üçün bu kodu telefonunuzla skan edin.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="222"/>
        <source>QR code</source>
        <translation>QR kod</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="228"/>
        <source>Sending to the printer…</source>
        <translation>Printerə göndərilir…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="230"/>
        <source>Waiting for the printer…</source>
        <translation>Printer gözlənilir…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="232"/>
        <source>Printing…</source>
        <translation>Çap olunur…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="234"/>
        <source>Done</source>
        <translation>Hazırdır</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="234"/>
        <source>Please take your leaflet from the printer.</source>
        <translation>Zəhmət olmasa, broşürünüzü printerdən götürün.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="235"/>
        <source>Could not print</source>
        <translation>Çap alınmadı</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="238"/>
        <source>Please tell a member of staff, or scan the code below.</source>
        <translation>Zəhmət olmasa, işçilərdən birinə deyin və ya aşağıdakı kodu skan edin.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="240"/>
        <source>The printing service of this kiosk is not running.</source>
        <translation>Bu kioskun çap xidməti işləmir.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="241"/>
        <source>No printer is connected to this kiosk.</source>
        <translation>Bu kioska printer qoşulmayıb.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="242"/>
        <source>The printer has been stopped.</source>
        <translation>Printer dayandırılıb.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="243"/>
        <source>The printer is not taking new leaflets.</source>
        <translation>Printer yeni broşür qəbul etmir.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="244"/>
        <source>The printer is out of paper.</source>
        <translation>Printerdə kağız qurtarıb.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="245"/>
        <source>Paper is stuck in the printer.</source>
        <translation>Printerdə kağız ilişib.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="246"/>
        <source>The printer is switched off or not connected.</source>
        <translation>Printer söndürülüb və ya qoşulmayıb.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="247"/>
        <source>The printer has a fault.</source>
        <translation>Printerdə nasazlıq var.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="248"/>
        <source>The printer could not print this leaflet.</source>
        <translation>Printer bu broşürü çap edə bilmədi.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="249"/>
        <source>The printer took too long, so printing was cancelled.</source>
        <translation>Printer çox uzun müddət cavab vermədiyi üçün çap ləğv edildi.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="251"/>
        <source>You have printed as many leaflets as one visit allows.</source>
        <translation>Bir ziyarət üçün icazə verilən qədər broşür çap etmisiniz.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="253"/>
        <source>This kiosk has printed as many leaflets as it may this hour. Please try again later.</source>
        <translation>Bu kiosk bu saat ərzində icazə verilən qədər broşür çap edib. Zəhmət olmasa, bir az sonra yenidən cəhd edin.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="256"/>
        <source>Printing did not work.</source>
        <translation>Çap alınmadı.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="258"/>
        <source>You can scan the code below instead.</source>
        <translation>Bunun əvəzinə aşağıdakı kodu skan edə bilərsiniz.</translation>
    </message>
</context>
<context>
    <name>ReadAloudControl</name>
    <message>
        <location filename="../kiosk/ui/widgets/read_aloud_control.py" line="66"/>
        <source>Preparing… (touch to stop)</source>
        <translation>Hazırlanır… (dayandırmaq üçün toxunun)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/read_aloud_control.py" line="68"/>
        <source>Stop reading</source>
        <translation>Oxumağı dayandır</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/read_aloud_control.py" line="70"/>
        <source>Reading aloud is not available in this language</source>
        <translation>Bu dildə səsli oxuma yoxdur</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/read_aloud_control.py" line="72"/>
        <source>No sound on this kiosk: please ask the staff</source>
        <translation>Bu kioskda səs yoxdur: zəhmət olmasa, işçilərə müraciət edin</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/read_aloud_control.py" line="74"/>
        <source>Reading aloud failed: touch to try again</source>
        <translation>Səsli oxuma alınmadı: yenidən cəhd etmək üçün toxunun</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/read_aloud_control.py" line="76"/>
        <source>Read aloud</source>
        <translation>Səsli oxu</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/read_aloud_control.py" line="84"/>
        <source>Reads this page aloud in your language</source>
        <translation>Bu səhifəni sizin dilinizdə səsli oxuyur</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/read_aloud_control.py" line="85"/>
        <source>Reading progress</source>
        <translation>Oxuma gedişatı</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/search.py" line="146"/>
        <source>Search is not available on this kiosk at the moment. These pages may help:</source>
        <translation>Axtarış hazırda bu kioskda işləmir. Bu səhifələr kömək edə bilər:</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/search.py" line="149"/>
        <source>Nothing found for these letters. Try fewer letters, or look here:</source>
        <translation>Bu hərflərlə heç nə tapılmadı. Daha az hərf yazın və ya bura baxın:</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/search.py" line="152"/>
        <source>Touch the letters below to type a word: a town, a need or a kind of help. Results appear as you type.</source>
        <translation>Söz yazmaq üçün aşağıdakı hərflərə toxunun: şəhər, ehtiyac və ya kömək növü. Nəticələr siz yazdıqca görünür.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/search.py" line="169"/>
        <source>Type a word</source>
        <translation>Söz yazın</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/search.py" line="170"/>
        <source>IOM offices</source>
        <translation>BMqT ofisləri</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/search.py" line="171"/>
        <source>The central office in Tbilisi and four field offices</source>
        <translation>Tbilisidə mərkəzi ofis və dörd sahə ofisi</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/search.py" line="172"/>
        <source>Emergency numbers</source>
        <translation>Təcili nömrələr</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/search.py" line="173"/>
        <source>Police, ambulance and fire: 112</source>
        <translation>Polis, təcili tibbi yardım və yanğınsöndürmə: 112</translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message>
        <location filename="../kiosk/ui/widgets/tile.py" line="49"/>
        <source>Touch to open</source>
        <translation>Açmaq üçün toxunun</translation>
    </message>
</context>
<context>
    <name>TopicScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/topic.py" line="82"/>
        <source>Find an IOM office</source>
        <translation>BMqT ofisini tapın</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/topic.py" line="83"/>
        <source>Shows the IOM offices in Georgia</source>
        <translation>Gürcüstandakı BMqT ofislərini göstərir</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/topic.py" line="84"/>
        <source>See also</source>
        <translation>Həmçinin baxın</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/topic.py" line="86"/>
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
        <location filename="../kiosk/ui/screens/welcome.py" line="81"/>
        <source>IOM Georgia: information and help for migrants</source>
        <translation>BMqT Gürcüstan: miqrantlar üçün məlumat və kömək</translation>
    </message>
</context>
</TS>
