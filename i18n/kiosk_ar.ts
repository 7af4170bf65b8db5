<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>CountdownOverlay</name>
    <message>
        <location filename="../kiosk/ui/widgets/countdown_overlay.py" line="85"/>
        <source>Are you still there?</source>
        <translation>هل ما زلت هنا؟</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/countdown_overlay.py" line="87"/>
        <source>When the count reaches zero, the screen is cleared for the next person.</source>
        <translation>عندما يصل العد إلى الصفر، تُمسح الشاشة للشخص التالي.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/countdown_overlay.py" line="89"/>
        <source>Yes, continue</source>
        <translation>نعم، متابعة</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/countdown_overlay.py" line="91"/>
        <source>Keeps what you are looking at; the screen is not cleared</source>
        <translation>يُبقي ما تشاهده؛ لن تُمسح الشاشة</translation>
    </message>
</context>
<context>
    <name>DisplayPanel</name>
    <message>
        <location filename="../kiosk/ui/widgets/display_panel.py" line="70"/>
        <source>Normal text</source>
        <translation>نص عادي</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/display_panel.py" line="70"/>
        <source>Large text</source>
        <translation>نص كبير</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/display_panel.py" line="70"/>
        <source>Largest text</source>
        <translation>نص كبير جدًا</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/display_panel.py" line="73"/>
        <source>Changes the size of the text on every screen</source>
        <translation>يغيّر حجم النص في جميع الشاشات</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/display_panel.py" line="74"/>
        <source>Text size</source>
        <translation>حجم النص</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/display_panel.py" line="75"/>
        <source>Contrast</source>
        <translation>التباين</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/display_panel.py" line="76"/>
        <source>Standard</source>
        <translation>عادي</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/display_panel.py" line="77"/>
        <source>Standard contrast</source>
        <translation>تباين عادي</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/display_panel.py" line="78"/>
        <location filename="../kiosk/ui/widgets/display_panel.py" line="79"/>
        <source>High contrast</source>
        <translation>تباين عالٍ</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/display_panel.py" line="80"/>
        <source>The usual colours</source>
        <translation>الألوان المعتادة</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/display_panel.py" line="82"/>
        <source>Black text on white, for easier reading</source>
        <translation>نص أسود على خلفية بيضاء لقراءة أسهل</translation>
    </message>
</context>
<context>
    <name>EmergencyScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/emergency.py" line="45"/>
        <source>Emergency numbers</source>
        <translation>أرقام الطوارئ</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/emergency.py" line="46"/>
        <source>Find an IOM office</source>
        <translation>ابحث عن مكتب للمنظمة الدولية للهجرة</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/emergency.py" line="47"/>
        <source>Shows the IOM offices in Georgia</source>
        <translation>يعرض مكاتب المنظمة الدولية للهجرة في جورجيا</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="48"/>
        <source>Today: %1</source>
        <translation>اليوم: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="81"/>
        <source>IOM offices</source>
        <translation>مكاتب المنظمة الدولية للهجرة</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="82"/>
        <source>The central office in Tbilisi and four field offices</source>
        <translation>المكتب الرئيسي في تبليسي وأربعة مكاتب ميدانية</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="84"/>
        <source>Emergency numbers</source>
        <translation>أرقام الطوارئ</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="85"/>
        <source>Police, ambulance and fire: 112</source>
        <translation>الشرطة والإسعاف والإطفاء: 112</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="91"/>
        <source>Information updated: %1</source>
        <translation>آخر تحديث للمعلومات: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="96"/>
        <source>What do you need?</source>
        <translation>ماذا تحتاج؟</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="97"/>
        <source>How IOM helps</source>
        <translation>كيف تساعد المنظمة الدولية للهجرة</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="98"/>
        <source>About IOM, offices and emergencies</source>
        <translation>عن المنظمة، المكاتب، الطوارئ</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="99"/>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/home.py" line="100"/>
        <source>Type a word to find a topic or an office</source>
        <translation>اكتب كلمة لتجد موضوعًا أو مكتبًا</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="76"/>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="77"/>
        <source>Home</source>
        <translation>الرئيسية</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="78"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="79"/>
        <source>Emergency 112</source>
        <translation>الطوارئ 112</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="80"/>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="81"/>
        <source>Find a topic or an office by typing a word</source>
        <translation>ابحث عن موضوع أو مكتب بكتابة كلمة</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="84"/>
        <source>Text size and contrast</source>
        <translation>حجم النص والتباين</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="85"/>
        <source>Quick exit</source>
        <translation>خروج سريع</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="86"/>
        <source>Go back to the previous screen</source>
        <translation>العودة إلى الشاشة السابقة</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="87"/>
        <source>Go to the start page with all topics</source>
        <translation>الذهاب إلى صفحة البداية بكل المواضيع</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="88"/>
        <source>Choose another language</source>
        <translation>اختيار لغة أخرى</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="89"/>
        <source>Emergency numbers: police, ambulance, fire</source>
        <translation>أرقام الطوارئ: الشرطة، الإسعاف، الإطفاء</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="90"/>
        <source>Bigger text or higher contrast</source>
        <translation>نص أكبر أو تباين أعلى</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/nav_bar.py" line="92"/>
        <source>Hides this screen at once and forgets everything you did</source>
        <translation>يُخفي هذه الشاشة فورًا ويمحو كل ما فعلته</translation>
    </message>
</context>
<context>
    <name>OfficeListScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/offices.py" line="38"/>
        <source>%1 km from here, in a straight line</source>
        <translation>%1 كم من هنا في خط مستقيم</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/offices.py" line="46"/>
        <source>IOM offices in Georgia</source>
        <translation>مكاتب المنظمة الدولية للهجرة في جورجيا</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/offices.py" line="49"/>
        <source>The office nearest to this kiosk is first. Touch an office to see what this kiosk knows about it.</source>
        <translation>المكتب الأقرب إلى هذا الجهاز يظهر أولًا. المس أي مكتب لترى المعلومات المتوفرة عنه على هذا الجهاز.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/offices.py" line="52"/>
        <source>Touch an office to see what this kiosk knows about it.</source>
        <translation>المس أي مكتب لترى المعلومات المتوفرة عنه على هذا الجهاز.</translation>
    </message>
</context>
<context>
    <name>OfficeScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/office.py" line="55"/>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/office.py" line="56"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/office.py" line="57"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/office.py" line="58"/>
        <source>Website</source>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/office.py" line="59"/>
        <source>Opening hours</source>
        <translation>ساعات العمل</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/office.py" line="93"/>
        <source>This is an IOM office. Its address and phone number are not on this kiosk yet. Please ask the staff where this kiosk stands.</source>
        <translation>هذا مكتب تابع للمنظمة الدولية للهجرة. عنوانه ورقم هاتفه غير موجودين على هذا الجهاز بعد. يُرجى أن تسأل الموظفين في المكان الذي يوجد فيه هذا الجهاز.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/office.py" line="96"/>
        <source>Help you can get here</source>
        <translation>المساعدة التي يمكنك الحصول عليها هنا</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/office.py" line="97"/>
        <source>In an emergency, call 112: free, day and night.</source>
        <translation>في حالة الطوارئ، اتصل بالرقم 112: مجانًا، ليلًا ونهارًا.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/office.py" line="99"/>
        <source>This text has not yet been checked by a native speaker.</source>
        <translation>لم يراجع هذا النصَّ بعدُ متحدثٌ أصلي باللغة.</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="149"/>
        <source>Latin letters</source>
        <translation>الحروف اللاتينية</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="149"/>
        <source>Own letters</source>
        <translation>الحروف العربية</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="209"/>
        <source>Types this letter into the search</source>
        <translation>يكتب هذا الحرف في خانة البحث</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="212"/>
        <source>Space</source>
        <translation>مسافة</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="213"/>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="214"/>
        <source>Delete the last letter</source>
        <translation>حذف آخر حرف</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="215"/>
        <source>Types a space between words</source>
        <translation>يضع مسافة بين الكلمات</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="216"/>
        <source>Empties the search</source>
        <translation>يمسح نص البحث</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="217"/>
        <source>Removes the letter typed last</source>
        <translation>يحذف آخر حرف كتبته</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="219"/>
        <source>Switches between Latin letters and the letters of your language</source>
        <translation>يبدّل بين الحروف اللاتينية وحروف لغتك</translation>
    </message>
</context>
<context>
    <name>OperatorScreen</name>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="129"/>
        <source>Update refused: %1</source>
        <translation>رُفض التحديث: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="135"/>
        <source>Test print failed: %1</source>
        <translation>فشلت الطباعة التجريبية: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="162"/>
        <source>No content is loaded.</source>
        <translation>لم يُحمَّل أي محتوى.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="167"/>
        <source>Version %1, installed %2</source>
        <translation>الإصدار %1، ثُبّت في %2</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="133"/>
        <source>Printer state unavailable: %1</source>
        <translation>حالة الطابعة غير متاحة: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="176"/>
        <source>Asking the printer…</source>
        <translation>جارٍ الاستعلام عن حالة الطابعة…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="185"/>
        <source>Usage figures cannot be read; see the log.</source>
        <translation>تعذّرت قراءة إحصاءات الاستخدام؛ راجع السجل.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="198"/>
        <source>Updates cannot be imported on this kiosk.</source>
        <translation>لا يمكن استيراد التحديثات على هذا الجهاز.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="203"/>
        <source>No update found on a USB stick (looking for %1).</source>
        <translation>لم يُعثر على أي تحديث في ذاكرة USB (البحث عن %1).</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="209"/>
        <source>Importing %1 ...</source>
        <translation>جارٍ استيراد %1 ...</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="225"/>
        <source>Unpacking: %1 of %2 kB</source>
        <translation>فك الحزمة: %1 من %2 كيلوبايت</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="229"/>
        <source>Checking the update…</source>
        <translation>جارٍ التحقق من التحديث…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="230"/>
        <source>Building the new content…</source>
        <translation>جارٍ بناء المحتوى الجديد…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="231"/>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="232"/>
        <source>Switching to the new content…</source>
        <translation>جارٍ الانتقال إلى المحتوى الجديد…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="238"/>
        <source>Update imported.</source>
        <translation>تم استيراد التحديث.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="245"/>
        <source>Sending a test page ...</source>
        <translation>جارٍ إرسال صفحة اختبار ...</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="250"/>
        <source>Test page sent.</source>
        <translation>أُرسلت صفحة الاختبار.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="256"/>
        <source>No writable USB stick found. Insert one and try again.</source>
        <translation>لم يُعثر على ذاكرة USB قابلة للكتابة. أدخل واحدة وحاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="262"/>
        <source>Export failed: %1</source>
        <translation>فشل التصدير: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="267"/>
        <source>Written to %1 (%2 rows; %3 small counts left out).</source>
        <translation>كُتب في %1 (عدد الصفوف: %2؛ الأعداد الصغيرة المستبعدة: %3).</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="272"/>
        <source>Operator</source>
        <translation>المشغّل</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="274"/>
        <source>Kiosk: %1</source>
        <translation>الجهاز: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="275"/>
        <source>Content</source>
        <translation>المحتوى</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="276"/>
        <source>Import update from USB</source>
        <translation>استيراد تحديث من USB</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="277"/>
        <source>Printer</source>
        <translation>الطابعة</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="278"/>
        <source>Test print</source>
        <translation>طباعة تجريبية</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="279"/>
        <source>Usage figures (all hours)</source>
        <translation>إحصاءات الاستخدام (كل الساعات)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="281"/>
        <source>Event</source>
        <translation>الحدث</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="281"/>
        <source>Item</source>
        <translation>العنصر</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="281"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="281"/>
        <source>Count</source>
        <translation>العدد</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="282"/>
        <source>Export usage figures to USB</source>
        <translation>تصدير إحصاءات الاستخدام إلى USB</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="283"/>
        <source>Recent log</source>
        <translation>السجل الأخير</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="284"/>
        <source>Back to kiosk</source>
        <translation>العودة إلى وضع الكشك</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/operator_screen.py" line="285"/>
        <source>Exit to desktop</source>
        <translation>الخروج إلى سطح المكتب</translation>
    </message>
</context>
<context>
    <name>PinPadScreen</name>
    <message>
        <location filename="../kiosk/ui/operator/pin_pad.py" line="101"/>
        <source>No operator PIN is set on this kiosk.</source>
        <translation>لم يُضبط رمز PIN للمشغّل على هذا الجهاز.</translation>
    </message>
    <message numerus="yes">
        <location filename="../kiosk/ui/operator/pin_pad.py" line="105"/>
        <source>Wrong PIN. Tries left before a lock: %n</source>
        <translation>
            <numerusform>رمز PIN خاطئ. لم تبقَ أي محاولة قبل القفل.</numerusform>
            <numerusform>رمز PIN خاطئ. بقيت محاولة واحدة قبل القفل.</numerusform>
            <numerusform>رمز PIN خاطئ. بقيت محاولتان قبل القفل.</numerusform>
            <numerusform>رمز PIN خاطئ. بقيت %n محاولات قبل القفل.</numerusform>
            <numerusform>رمز PIN خاطئ. بقيت %n محاولة قبل القفل.</numerusform>
            <numerusform>رمز PIN خاطئ. بقيت %n محاولة قبل القفل.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../kiosk/ui/operator/pin_pad.py" line="109"/>
        <source>Too many wrong tries. Locked for %n second(s).</source>
        <translation>
            <numerusform>محاولات خاطئة كثيرة جدًا. الإدخال مقفل لمدة %n ثانية.</numerusform>
            <numerusform>محاولات خاطئة كثيرة جدًا. الإدخال مقفل لمدة ثانية واحدة.</numerusform>
            <numerusform>محاولات خاطئة كثيرة جدًا. الإدخال مقفل لمدة ثانيتين.</numerusform>
            <numerusform>محاولات خاطئة كثيرة جدًا. الإدخال مقفل لمدة %n ثوانٍ.</numerusform>
            <numerusform>محاولات خاطئة كثيرة جدًا. الإدخال مقفل لمدة %n ثانية.</numerusform>
            <numerusform>محاولات خاطئة كثيرة جدًا. الإدخال مقفل لمدة %n ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_pad.py" line="113"/>
        <source>Operator PIN</source>
        <translation>رمز PIN للمشغّل</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_pad.py" line="114"/>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_pad.py" line="115"/>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/operator/pin_pad.py" line="116"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>PrintButton</name>
    <message>
        <location filename="../kiosk/ui/printing_setup.py" line="56"/>
        <source>Print leaflet</source>
        <translation>طباعة النشرة</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/printing_setup.py" line="57"/>
        <source>Shows the leaflet to take away, then prints it</source>
        <translation>يعرض النشرة التي تأخذها معك، ثم يطبعها</translation>
    </message>
</context>
<context>
    <name>PrintPreviewScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="143"/>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="194"/>
        <source>Print</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="196"/>
        <source>Sends this leaflet to the kiosk&apos;s printer</source>
        <translation>يرسل هذه النشرة إلى طابعة الجهاز</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="197"/>
        <source>Your leaflet</source>
        <translation>نشرتك</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="197"/>
        <source>Printing</source>
        <translation>الطباعة</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="200"/>
        <source>Preparing the preview…</source>
        <translation>جارٍ تجهيز المعاينة…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="202"/>
        <source>This is exactly what will be printed. Tap Print to print it.</source>
        <translation>هذا بالضبط ما سيُطبع. المس «طباعة» لطباعته.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="204"/>
        <source>This leaflet cannot be printed at the moment.</source>
        <translation>لا يمكن طباعة هذه النشرة الآن.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="214"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="214"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="216"/>
        <source>Goes back to the page you were reading</source>
        <translation>يعود إلى الصفحة التي كنت تقرؤها</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="221"/>
        <source>Scan this code with your phone to keep the details.</source>
        <translation>امسح هذا الرمز بهاتفك لتحتفظ بالمعلومات.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="222"/>
        <source>QR code</source>
        <translation>رمز QR</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="228"/>
        <source>Sending to the printer…</source>
        <translation>جارٍ الإرسال إلى الطابعة…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="230"/>
        <source>Waiting for the printer…</source>
        <translation>في انتظار الطابعة…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="232"/>
        <source>Printing…</source>
        <translation>جارٍ الطباعة…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="234"/>
        <source>Done</source>
        <translation>تمت الطباعة</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="234"/>
        <source>Please take your leaflet from the printer.</source>
        <translation>يُرجى أخذ نشرتك من الطابعة.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="235"/>
        <source>Could not print</source>
        <translation>تعذّرت الطباعة</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="238"/>
        <source>Please tell a member of staff, or scan the code below.</source>
        <translation>يُرجى إبلاغ أحد الموظفين، أو مسح الرمز أدناه.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="240"/>
        <source>The printing service of this kiosk is not running.</source>
        <translation>خدمة الطباعة في هذا الجهاز لا تعمل.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="241"/>
        <source>No printer is connected to this kiosk.</source>
        <translation>لا توجد طابعة متصلة بهذا الجهاز.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="242"/>
        <source>The printer has been stopped.</source>
        <translation>تم إيقاف الطابعة.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="243"/>
        <source>The printer is not taking new leaflets.</source>
        <translation>الطابعة لا تقبل نشرات جديدة.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="244"/>
        <source>The printer is out of paper.</source>
        <translation>نفد الورق من الطابعة.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="245"/>
        <source>Paper is stuck in the printer.</source>
        <translation>الورق عالق في الطابعة.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="246"/>
        <source>The printer is switched off or not connected.</source>
        <translation>الطابعة مطفأة أو غير متصلة.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="247"/>
        <source>The printer has a fault.</source>
        <translation>في الطابعة عطل.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="248"/>
        <source>The printer could not print this leaflet.</source>
        <translation>لم تتمكن الطابعة من طباعة هذه النشرة.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="249"/>
        <source>The printer took too long, so printing was cancelled.</source>
        <translation>استغرقت الطابعة وقتًا طويلًا، فأُلغيت الطباعة.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="251"/>
        <source>You have printed as many leaflets as one visit allows.</source>
        <translation>لقد طبعت أقصى عدد من النشرات المسموح به في الزيارة الواحدة.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="253"/>
        <source>This kiosk has printed as many leaflets as it may this hour. Please try again later.</source>
        <translation>طبع هذا الجهاز أقصى عدد من النشرات المسموح به في هذه الساعة. يُرجى المحاولة لاحقًا.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="256"/>
        <source>Printing did not work.</source>
        <translation>لم تنجح الطباعة.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/print_preview.py" line="258"/>
        <source>You can scan the code below instead.</source>
        <translation>يمكنك بدلًا من ذلك مسح الرمز أدناه.</translation>
    </message>
</context>
<context>
    <name>ReadAloudControl</name>
    <message>
        <location filename="../kiosk/ui/widgets/read_aloud_control.py" line="66"/>
        <source>Preparing… (touch to stop)</source>
        <translation>جارٍ التحضير… (المس للإيقاف)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/read_aloud_control.py" line="68"/>
        <source>Stop reading</source>
        <translation>إيقاف القراءة</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/read_aloud_control.py" line="70"/>
        <source>Reading aloud is not available in this language</source>
        <translation>القراءة بصوت عالٍ غير متاحة بهذه اللغة</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/read_aloud_control.py" line="72"/>
        <source>No sound on this kiosk: please ask the staff</source>
        <translation>لا يوجد صوت في هذا الجهاز: يُرجى سؤال الموظفين</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/read_aloud_control.py" line="74"/>
        <source>Reading aloud failed: touch to try again</source>
        <translation>تعذّرت القراءة بصوت عالٍ: المس لتحاول مجددًا</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/read_aloud_control.py" line="76"/>
        <source>Read aloud</source>
        <translation>قراءة بصوت عالٍ</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/read_aloud_control.py" line="84"/>
        <source>Reads this page aloud in your language</source>
        <translation>يقرأ هذه الصفحة بصوت عالٍ بلغتك</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/read_aloud_control.py" line="85"/>
        <source>Reading progress</source>
        <translation>تقدّم القراءة</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/search.py" line="146"/>
        <source>Search is not available on this kiosk at the moment. These pages may help:</source>
        <translation>البحث غير متاح على هذا الجهاز حاليًا. قد تفيدك هذه الصفحات:</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/search.py" line="149"/>
        <source>Nothing found for these letters. Try fewer letters, or look here:</source>
        <translation>لم يُعثر على شيء بهذه الحروف. جرّب حروفًا أقل، أو انظر هنا:</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/search.py" line="152"/>
        <source>Touch the letters below to type a word: a town, a need or a kind of help. Results appear as you type.</source>
        <translation>المس الحروف أدناه لتكتب كلمة: مدينة، أو حاجة، أو نوع من المساعدة. تظهر النتائج أثناء الكتابة.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/search.py" line="169"/>
        <source>Type a word</source>
        <translation>اكتب كلمة</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/search.py" line="170"/>
        <source>IOM offices</source>
        <translation>مكاتب المنظمة الدولية للهجرة</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/search.py" line="171"/>
        <source>The central office in Tbilisi and four field offices</source>
        <translation>المكتب الرئيسي في تبليسي وأربعة مكاتب ميدانية</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/search.py" line="172"/>
        <source>Emergency numbers</source>
        <translation>أرقام الطوارئ</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/search.py" line="173"/>
        <source>Police, ambulance and fire: 112</source>
        <translation>الشرطة والإسعاف والإطفاء: 112</translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message>
        <location filename="../kiosk/ui/widgets/tile.py" line="49"/>
        <source>Touch to open</source>
        <translation>المس للفتح</translation>
    </message>
</context>
<context>
    <name>TopicScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/topic.py" line="82"/>
        <source>Find an IOM office</source>
        <translation>ابحث عن مكتب للمنظمة الدولية للهجرة</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/topic.py" line="83"/>
        <source>Shows the IOM offices in Georgia</source>
        <translation>يعرض مكاتب المنظمة الدولية للهجرة في جورجيا</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/topic.py" line="84"/>
        <source>See also</source>
        <translation>انظر أيضًا</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/topic.py" line="86"/>
        <source>This text has not yet been checked by a native speaker.</source>
        <translation>لم يراجع هذا النصَّ بعدُ متحدثٌ أصلي باللغة.</translation>
    </message>
</context>
<context>
    <name>UnavailableScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/unavailable.py" line="22"/>
        <source>This kiosk is out of service for a moment.</source>
        <translation>هذا الجهاز متوقف عن العمل مؤقتًا.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/unavailable.py" line="24"/>
        <source>Please ask the staff for help. In an emergency, call 112: free, day and night.</source>
        <translation>يُرجى طلب المساعدة من الموظفين. في حالة الطوارئ، اتصل بالرقم 112: مجانًا، ليلًا ونهارًا.</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/welcome.py" line="11"/>
        <source>Touch your language to begin</source>
        <translation>المس لغتك لتبدأ</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/screens/welcome.py" line="81"/>
        <source>IOM Georgia: information and help for migrants</source>
        <translation>المنظمة الدولية للهجرة في جورجيا: معلومات ومساعدة للمهاجرين</translation>
    </message>
</context>
</TS>
