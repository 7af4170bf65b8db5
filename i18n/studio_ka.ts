<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ka">
<context>
    <name>GridPanel</name>
    <message>
        <location filename="../kiosk/studio/grid_panel.py" line="151"/>
        <source>The grid could not be read: %1</source>
        <translation>ცხრილის წაკითხვა ვერ მოხერხდა: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/grid_panel.py" line="163"/>
        <source>%1 of %2 items shown.</source>
        <translation>ნაჩვენებია %1 ერთეული %2-დან.</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/grid_panel.py" line="183"/>
        <location filename="../kiosk/studio/grid_panel.py" line="242"/>
        <source>any language</source>
        <translation>ნებისმიერი ენა</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/grid_panel.py" line="218"/>
        <source>Find an item…</source>
        <translation>ერთეულის ძებნა…</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/grid_panel.py" line="220"/>
        <source>&amp;Language:</source>
        <translation>ენა (&amp;L):</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/grid_panel.py" line="221"/>
        <source>S&amp;tate:</source>
        <translation>მდგომარეობა (&amp;T):</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/grid_panel.py" line="222"/>
        <source>&amp;Outdated only</source>
        <translation>მხოლოდ მოძველებული (&amp;O)</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/grid_panel.py" line="223"/>
        <source>&amp;Verify-by date passed</source>
        <translation>გადამოწმების ვადა გასულია (&amp;V)</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/grid_panel.py" line="224"/>
        <source>Items whose facts someone should check again now (their titles are in bold)</source>
        <translation>ერთეულები, რომელთა მონაცემებიც ახლა უნდა გადამოწმდეს (მათი სათაურები მუქადაა)</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/grid_panel.py" line="226"/>
        <source>&amp;Kind:</source>
        <translation>სახეობა (&amp;K):</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/grid_panel.py" line="227"/>
        <source>Office &amp;missing:</source>
        <translation>ოფისს აკლია (&amp;M):</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/grid_panel.py" line="228"/>
        <source>any state</source>
        <translation>ნებისმიერი მდგომარეობა</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/grid_panel.py" line="228"/>
        <source>missing</source>
        <translation>აკლია</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/grid_panel.py" line="229"/>
        <source>draft</source>
        <translation>მონახაზი</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/grid_panel.py" line="229"/>
        <source>in review</source>
        <translation>განხილვაზე</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/grid_panel.py" line="230"/>
        <source>approved</source>
        <translation>დამტკიცებული</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/grid_panel.py" line="231"/>
        <source>every kind</source>
        <translation>ყველა სახეობა</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/grid_panel.py" line="231"/>
        <source>topics</source>
        <translation>თემები</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/grid_panel.py" line="232"/>
        <source>offices</source>
        <translation>ოფისები</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/grid_panel.py" line="233"/>
        <source>emergency numbers</source>
        <translation>გადაუდებელი ნომრები</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/grid_panel.py" line="234"/>
        <source>leaflet words</source>
        <translation>ბროშურის სიტყვები</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/grid_panel.py" line="235"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/grid_panel.py" line="235"/>
        <source>a phone</source>
        <translation>ტელეფონი</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/grid_panel.py" line="236"/>
        <source>an e-mail</source>
        <translation>ელფოსტა</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/grid_panel.py" line="237"/>
        <source>a web address</source>
        <translation>ვებმისამართი</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/grid_panel.py" line="238"/>
        <source>an address</source>
        <translation>მისამართი</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/grid_panel.py" line="239"/>
        <source>opening hours</source>
        <translation>სამუშაო საათები</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/grid_panel.py" line="240"/>
        <source>coordinates</source>
        <translation>კოორდინატები</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../kiosk/studio/history.py" line="40"/>
        <source>saved</source>
        <translation>შენახულია</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/history.py" line="41"/>
        <source>submitted for review</source>
        <translation>გაიგზავნა განსახილველად</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/history.py" line="42"/>
        <source>approved</source>
        <translation>დამტკიცებული</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/history.py" line="43"/>
        <source>sent back</source>
        <translation>დაბრუნდა</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/history.py" line="44"/>
        <source>outdated by a source change</source>
        <translation>მოძველდა საწყისი ტექსტის ცვლილებით</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/history.py" line="45"/>
        <source>details changed</source>
        <translation>მონაცემები შეიცვალა</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/history.py" line="46"/>
        <source>verify-by date set</source>
        <translation>დაინიშნა გადამოწმების ვადა</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/history.py" line="47"/>
        <source>imported</source>
        <translation>იმპორტირებულია</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/history.py" line="48"/>
        <source>reverted</source>
        <translation>გაუქმებულია</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/history.py" line="49"/>
        <source>published</source>
        <translation>გამოქვეყნდა</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/history.py" line="50"/>
        <source>team changed</source>
        <translation>გუნდი შეიცვალა</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/history.py" line="79"/>
        <source>History of %1</source>
        <translation>%1: ისტორია</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/history.py" line="81"/>
        <source>When</source>
        <translation>როდის</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/history.py" line="81"/>
        <source>Who</source>
        <translation>ვინ</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/history.py" line="81"/>
        <source>Language</source>
        <translation>ენა</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/history.py" line="82"/>
        <source>What</source>
        <translation>რა</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/history.py" line="92"/>
        <source>&amp;All languages</source>
        <translation>ყველა ენა (&amp;A)</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/history.py" line="95"/>
        <source>&amp;Revert this change</source>
        <translation>ამ ცვლილების გაუქმება (&amp;R)</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/history.py" line="150"/>
        <source>Revert</source>
        <translation>გაუქმება</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/history.py" line="151"/>
        <source>Put back what was there before this change by %1 on %2? The revert is recorded too, and can itself be reverted.</source>
        <translation>დავაბრუნოთ ის, რაც ამ ცვლილებამდე იყო (ავტორი: %1, თარიღი: %2)? გაუქმებაც ისტორიაში ჩაიწერება და ისიც შეიძლება გაუქმდეს.</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/history.py" line="161"/>
        <source>Reverted.</source>
        <translation>წინა ვერსია აღდგენილია.</translation>
    </message>
</context>
<context>
    <name>OfficeForm</name>
    <message>
        <location filename="../kiosk/studio/office_form.py" line="132"/>
        <source>Write the date as year-month-day, e.g. 2027-06-30.</source>
        <translation>თარიღი ჩაწერეთ ასე: წელი-თვე-დღე, მაგ. 2027-06-30.</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/office_form.py" line="154"/>
        <source>Not saved: correct the fields marked in red (or leave them empty).</source>
        <translation>არ შეინახა: შეასწორეთ წითლად მონიშნული ველები (ან დატოვეთ ცარიელი).</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/office_form.py" line="169"/>
        <source>Not saved: %1 changed these details after you opened them. Their values: %2. Your values are still in the form; press Reload to see theirs.</source>
        <translation>არ შეინახა: მას შემდეგ, რაც ეს მონაცემები გახსენით, ისინი შეცვალა მომხმარებელმა %1. მისი მნიშვნელობები: %2. თქვენი მნიშვნელობები ფორმაშივე რჩება; მისი მნიშვნელობების სანახავად დააჭირეთ „თავიდან ჩატვირთვას“.</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/office_form.py" line="177"/>
        <source>The database cannot be reached: %1. Your values are still here; save again when the connection is back.</source>
        <translation>მონაცემთა ბაზასთან დაკავშირება ვერ ხერხდება: %1. თქვენი მნიშვნელობები აქვე რჩება; შეინახეთ ხელახლა, როცა კავშირი აღდგება.</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/office_form.py" line="185"/>
        <source>Saved.</source>
        <translation>შენახულია.</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/office_form.py" line="197"/>
        <source>When to check this item again</source>
        <translation>როდის უნდა გადამოწმდეს ეს ერთეული ხელახლა</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/office_form.py" line="198"/>
        <source>Contact details (leave empty what is not known)</source>
        <translation>საკონტაქტო მონაცემები (რაც უცნობია, დატოვეთ ცარიელი)</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/office_form.py" line="203"/>
        <source>&amp;Phone:</source>
        <translation>ტელეფონი (&amp;P):</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/office_form.py" line="203"/>
        <source>&amp;E-mail:</source>
        <translation>ელფოსტა (&amp;E):</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/office_form.py" line="204"/>
        <source>&amp;Web address:</source>
        <translation>ვებმისამართი (&amp;W):</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/office_form.py" line="204"/>
        <source>La&amp;titude:</source>
        <translation>განედი (&amp;T):</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/office_form.py" line="205"/>
        <source>L&amp;ongitude:</source>
        <translation>გრძედი (&amp;O):</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/office_form.py" line="205"/>
        <source>&amp;Verify by:</source>
        <translation>გადამოწმების ვადა (&amp;V):</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/office_form.py" line="208"/>
        <source>international form, +995 and the number</source>
        <translation>საერთაშორისო ფორმატით: +995 და ნომერი</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/office_form.py" line="209"/>
        <source>name@domain</source>
        <translation>სახელი@დომენი</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/office_form.py" line="210"/>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/office_form.py" line="211"/>
        <source>degrees north, inside Georgia (%1–%2)</source>
        <translation>ჩრდილოეთის განედი გრადუსებში, საქართველოს ფარგლებში (%1–%2)</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/office_form.py" line="213"/>
        <source>degrees east, inside Georgia (%1–%2)</source>
        <translation>აღმოსავლეთის გრძედი გრადუსებში, საქართველოს ფარგლებში (%1–%2)</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/office_form.py" line="215"/>
        <source>year-month-day: when someone should check these again</source>
        <translation>წელი-თვე-დღე: როდის უნდა გადაამოწმოს ვინმემ ეს მონაცემები</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/office_form.py" line="220"/>
        <source>&amp;Save details</source>
        <translation>მონაცემების შენახვა (&amp;S)</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/office_form.py" line="221"/>
        <source>Re&amp;load</source>
        <translation>თავიდან ჩატვირთვა (&amp;L)</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/office_form.py" line="222"/>
        <source>Opening hours and the address are texts: edit them in each language in the editor.</source>
        <translation>სამუშაო საათები და მისამართი ტექსტებია: შეცვალეთ ისინი რედაქტორში, თითოეულ ენაზე.</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../kiosk/studio/preview.py" line="161"/>
        <source>Preparing the preview…</source>
        <translation>წინასწარი ნახვა მზადდება…</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/preview.py" line="187"/>
        <source>As a kiosk shows it: %1, %2.</source>
        <translation>როგორც კიოსკზე ჩანს: %1, %2.</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/preview.py" line="198"/>
        <source>This item has no leaflet of its own.</source>
        <translation>ამ ერთეულს საკუთარი ბროშურა არ აქვს.</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/preview.py" line="221"/>
        <source>The preview could not be made: %1</source>
        <translation>წინასწარი ნახვის შექმნა ვერ მოხერხდა: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/preview.py" line="225"/>
        <source>&amp;Language:</source>
        <translation>ენა (&amp;L):</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/preview.py" line="226"/>
        <source>&amp;Screen:</source>
        <translation>ეკრანი (&amp;S):</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/preview.py" line="230"/>
        <source>Landscape</source>
        <translation>ჰორიზონტალური</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/preview.py" line="230"/>
        <source>Portrait</source>
        <translation>ვერტიკალური</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/preview.py" line="233"/>
        <source>Refresh</source>
        <translation>განახლება</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/preview.py" line="234"/>
        <source>On the kiosk</source>
        <translation>კიოსკზე</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/preview.py" line="235"/>
        <source>Leaflet (A4)</source>
        <translation>ბროშურა (A4)</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <location filename="../kiosk/studio/publish.py" line="48"/>
        <source>Publish a content bundle</source>
        <translation>კონტენტის პაკეტის გამოქვეყნება</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/publish.py" line="52"/>
        <source>Languages</source>
        <translation>ენები</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/publish.py" line="54"/>
        <source>Ship</source>
        <translation>პაკეტში</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/publish.py" line="55"/>
        <source>Only if every text is approved</source>
        <translation>მხოლოდ თუ ყველა ტექსტი დამტკიცებულია</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/publish.py" line="65"/>
        <source>The source language always ships.</source>
        <translation>საწყისი ენა პაკეტში ყოველთვის შედის.</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/publish.py" line="68"/>
        <source>Require approval in %1</source>
        <translation>დამტკიცება სავალდებულოა: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/publish.py" line="76"/>
        <source>empty: the next version after %1</source>
        <translation>ცარიელი: შემდეგი ვერსია (ახლანდელი: %1)</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/publish.py" line="78"/>
        <location filename="../kiosk/studio/publish.py" line="81"/>
        <source>Choose…</source>
        <translation>არჩევა…</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/publish.py" line="84"/>
        <source>&amp;Version:</source>
        <translation>ვერსია (&amp;V):</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/publish.py" line="85"/>
        <source>Publisher&apos;s &amp;key file:</source>
        <translation>გამომქვეყნებლის გასაღების ფაილი (&amp;K):</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/publish.py" line="86"/>
        <source>Write to &amp;folder or stick:</source>
        <translation>ჩაწერა საქაღალდეში ან ფლეშკაზე (&amp;F):</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/publish.py" line="96"/>
        <source>&amp;Publish</source>
        <translation>გამოქვეყნება (&amp;P)</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/publish.py" line="112"/>
        <source>Publisher&apos;s key file</source>
        <translation>გამომქვეყნებლის გასაღების ფაილი</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/publish.py" line="117"/>
        <source>Folder or stick</source>
        <translation>საქაღალდე ან ფლეშკა</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/publish.py" line="134"/>
        <source>Choose the key file and the folder to write to.</source>
        <translation>აირჩიეთ გასაღების ფაილი და საქაღალდე, სადაც პაკეტი ჩაიწერება.</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/publish.py" line="141"/>
        <source>Publishing…</source>
        <translation>ქვეყნდება…</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/publish.py" line="150"/>
        <source>Publishing: %1</source>
        <translation>ქვეყნდება: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/publish.py" line="158"/>
        <source>Wrote %1: version %2, languages %3.</source>
        <translation>ჩაიწერა %1: ვერსია %2, ენები: %3.</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/publish.py" line="172"/>
        <source>Not published, no bundle written: %1</source>
        <translation>არ გამოქვეყნდა, პაკეტი არ ჩაწერილა: %1</translation>
    </message>
</context>
<context>
    <name>StatusGrid</name>
    <message>
        <location filename="../kiosk/studio/grid_model.py" line="48"/>
        <source>missing</source>
        <translation>აკლია</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/grid_model.py" line="49"/>
        <source>draft</source>
        <translation>მონახაზი</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/grid_model.py" line="50"/>
        <source>in review</source>
        <translation>განხილვაზე</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/grid_model.py" line="51"/>
        <source>approved</source>
        <translation>დამტკიცებული</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/grid_model.py" line="61"/>
        <source>outdated</source>
        <translation>მოძველებული</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/grid_model.py" line="71"/>
        <source>outdated: the source changed since</source>
        <translation>მოძველებული: საწყისი ტექსტი მას შემდეგ შეიცვალა</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/grid_model.py" line="139"/>
        <source>%1 in %2: %3</source>
        <translation>%1, ენა %2: %3</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/grid_model.py" line="194"/>
        <source>Empty: %1</source>
        <translation>ცარიელია: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/grid_model.py" line="197"/>
        <source>Verify by %1</source>
        <translation>გადამოწმების ვადა: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/grid_model.py" line="171"/>
        <source>(source)</source>
        <translation>(საწყისი)</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/grid_model.py" line="181"/>
        <source>%1: %2 approved, %3 in review, %4 draft, %5 missing, %6 outdated</source>
        <translation>%1: დამტკიცებული %2, განხილვაზე %3, მონახაზი %4, აკლია %5, მოძველებული %6</translation>
    </message>
</context>
<context>
    <name>StudioApp</name>
    <message>
        <location filename="../kiosk/studio/app.py" line="63"/>
        <source>Something went wrong</source>
        <translation>რაღაც შეცდომა მოხდა</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/app.py" line="64"/>
        <source>%1 (the details are in the log). What you typed is still in the window.</source>
        <translation>%1 (დეტალები ჟურნალშია). რაც აკრიფეთ, ფანჯარაშივე რჩება.</translation>
    </message>
</context>
<context>
    <name>StudioWindow</name>
    <message>
        <location filename="../kiosk/studio/window.py" line="154"/>
        <source>Unsaved text</source>
        <translation>შეუნახავი ტექსტი</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/window.py" line="155"/>
        <source>The %1 text of %2 has changes that are not saved. Save them now?</source>
        <translation>%2-ის ტექსტში (ენა: %1) შეუნახავი ცვლილებებია. შევინახოთ ახლა?</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/window.py" line="226"/>
        <source>Content pack folder</source>
        <translation>კონტენტის ნაკრების საქაღალდე</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/window.py" line="232"/>
        <source>Not imported</source>
        <translation>იმპორტი ვერ მოხერხდა</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/window.py" line="234"/>
        <source>Imported pack version %1: %2 items.</source>
        <translation>ნაკრები იმპორტირებულია, ვერსია %1: %2 ერთეული.</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/window.py" line="241"/>
        <source>Export to folder</source>
        <translation>ექსპორტი საქაღალდეში</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/window.py" line="247"/>
        <source>Not exported</source>
        <translation>ექსპორტი ვერ მოხერხდა</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/window.py" line="249"/>
        <source>Exported version %1 to %2.</source>
        <translation>ვერსია %1 ექსპორტირებულია აქ: %2.</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/window.py" line="273"/>
        <source>IOM kiosk content studio</source>
        <translation>IOM-ის კიოსკის კონტენტის სტუდია</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/window.py" line="274"/>
        <source>Text</source>
        <translation>ტექსტი</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/window.py" line="276"/>
        <source>Preview</source>
        <translation>წინასწარი ნახვა</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/window.py" line="277"/>
        <source>&amp;File</source>
        <translation>ფაილი (&amp;F)</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/window.py" line="278"/>
        <source>&amp;Import pack…</source>
        <translation>ნაკრების იმპორტი… (&amp;I)</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/window.py" line="279"/>
        <source>&amp;Export pack…</source>
        <translation>ნაკრების ექსპორტი… (&amp;E)</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/window.py" line="280"/>
        <source>&amp;Publish bundle…</source>
        <translation>პაკეტის გამოქვეყნება… (&amp;P)</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/window.py" line="281"/>
        <source>&amp;Quit</source>
        <translation>გასვლა (&amp;Q)</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/window.py" line="282"/>
        <source>&amp;Item</source>
        <translation>ერთეული (&amp;I)</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/window.py" line="283"/>
        <source>&amp;Edit text</source>
        <translation>ტექსტის რედაქტირება (&amp;E)</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/window.py" line="275"/>
        <source>Details</source>
        <translation>მონაცემები</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/window.py" line="284"/>
        <source>&amp;Details</source>
        <translation>მონაცემები (&amp;D)</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/window.py" line="285"/>
        <source>&amp;Preview</source>
        <translation>წინასწარი ნახვა (&amp;P)</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/window.py" line="286"/>
        <source>&amp;History…</source>
        <translation>ისტორია… (&amp;H)</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/window.py" line="287"/>
        <source>&amp;View</source>
        <translation>ხედი (&amp;V)</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/window.py" line="288"/>
        <source>&amp;Refresh</source>
        <translation>განახლება (&amp;R)</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/window.py" line="289"/>
        <source>&amp;Find item</source>
        <translation>ერთეულის ძებნა (&amp;F)</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/window.py" line="290"/>
        <source>&amp;Grid</source>
        <translation>ცხრილი (&amp;G)</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/window.py" line="291"/>
        <source>&amp;Outdated in this column&apos;s language</source>
        <translation>მოძველებული ამ სვეტის ენაზე (&amp;O)</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/window.py" line="292"/>
        <source>Offices &amp;missing a phone</source>
        <translation>ოფისები ტელეფონის გარეშე (&amp;M)</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/window.py" line="293"/>
        <source>&amp;Everything</source>
        <translation>ყველაფერი (&amp;E)</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/window.py" line="294"/>
        <source>Studio &amp;language</source>
        <translation>სტუდიის ენა (&amp;L)</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/window.py" line="297"/>
        <source>system (every right)</source>
        <translation>სისტემა (ყველა უფლებით)</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/window.py" line="299"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>TextEditor</name>
    <message>
        <location filename="../kiosk/studio/editor.py" line="76"/>
        <source>Title</source>
        <translation>სათაური</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/editor.py" line="77"/>
        <source>Summary</source>
        <translation>მოკლე აღწერა</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/editor.py" line="78"/>
        <source>Text</source>
        <translation>ტექსტი</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/editor.py" line="79"/>
        <source>Name</source>
        <translation>სახელწოდება</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/editor.py" line="80"/>
        <source>City</source>
        <translation>ქალაქი</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/editor.py" line="81"/>
        <source>Address</source>
        <translation>მისამართი</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/editor.py" line="82"/>
        <source>Opening hours</source>
        <translation>სამუშაო საათები</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/editor.py" line="83"/>
        <source>Label</source>
        <translation>წარწერა</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/editor.py" line="84"/>
        <source>Note</source>
        <translation>შენიშვნა</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/editor.py" line="280"/>
        <source>Sent back by %1: %2</source>
        <translation>დააბრუნა მომხმარებელმა %1: %2</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/editor.py" line="281"/>
        <source>no reason given</source>
        <translation>მიზეზი არ არის მითითებული</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/editor.py" line="290"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/editor.py" line="293"/>
        <source>Source: %1</source>
        <translation>საწყისი: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/editor.py" line="294"/>
        <source>Translation: %1</source>
        <translation>თარგმანი: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/editor.py" line="296"/>
        <source>Source text: %1</source>
        <translation>საწყისი ტექსტი: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/editor.py" line="300"/>
        <source>State: %1 (version %2, last saved by %3)</source>
        <translation>მდგომარეობა: %1 (ვერსია %2, ბოლოს შეინახა: %3)</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/editor.py" line="310"/>
        <source>The source text this translation was made from is not on record.</source>
        <translation>საწყისი ტექსტი, რომლიდანაც ეს თარგმანი გაკეთდა, შენახული არ არის.</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/editor.py" line="314"/>
        <source>The source has not changed since this translation was made.</source>
        <translation>ამ თარგმანის გაკეთების შემდეგ საწყისი ტექსტი არ შეცვლილა.</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/editor.py" line="338"/>
        <source>The source changed since this translation: check it against the source and save it, then submit it.</source>
        <translation>ამ თარგმანის შემდეგ საწყისი ტექსტი შეიცვალა: შეადარეთ საწყისს, შეინახეთ და მერე გაგზავნეთ განსახილველად.</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/editor.py" line="343"/>
        <source>You cannot approve your own text.</source>
        <translation>საკუთარ ტექსტს ვერ დაამტკიცებთ.</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/editor.py" line="362"/>
        <source>Saved.</source>
        <translation>შენახულია.</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/editor.py" line="390"/>
        <source>Submitted for review.</source>
        <translation>გაიგზავნა განსახილველად.</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/editor.py" line="393"/>
        <source>Approved.</source>
        <translation>დამტკიცებულია.</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/editor.py" line="397"/>
        <source>Sent back to the translator.</source>
        <translation>დაუბრუნდა მთარგმნელს.</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/editor.py" line="423"/>
        <source>The database cannot be reached: %1. Your text is still here; save again when the connection is back.</source>
        <translation>მონაცემთა ბაზასთან დაკავშირება ვერ ხერხდება: %1. თქვენი ტექსტი აქვე რჩება; შეინახეთ ხელახლა, როცა კავშირი აღდგება.</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/editor.py" line="440"/>
        <source>Their text (saved by %1)</source>
        <translation>მისი ტექსტი (შეინახა: %1)</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/editor.py" line="443"/>
        <source>%1 saved this text after you opened it, so your save was refused. Your text is still in the editor above. Take theirs, or keep yours and save it over theirs.</source>
        <translation>მას შემდეგ, რაც ეს ტექსტი გახსენით, ის შეინახა მომხმარებელმა %1, ამიტომ თქვენი ტექსტი არ შეინახა. თქვენი ტექსტი ზემოთ, რედაქტორში რჩება. აიღეთ მისი ტექსტი, ან დატოვეთ თქვენი და შეინახეთ მის ნაცვლად.</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/editor.py" line="445"/>
        <source>Someone</source>
        <translation>ვიღაც</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/editor.py" line="448"/>
        <source>Not saved: someone else saved first.</source>
        <translation>არ შეინახა: სხვამ უფრო ადრე შეინახა.</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/editor.py" line="468"/>
        <source>Choose a cell in the grid and press Enter (or double-click it) to open that language&apos;s text here.</source>
        <translation>აირჩიეთ უჯრა ცხრილში და დააჭირეთ Enter-ს (ან ორჯერ დააწკაპუნეთ), რომ აქ გაიხსნას ამ ენის ტექსტი.</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/editor.py" line="470"/>
        <source>What changed in the source since this translation was made</source>
        <translation>რა შეიცვალა საწყის ტექსტში ამ თარგმანის გაკეთების შემდეგ</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/editor.py" line="472"/>
        <source>Someone else saved first</source>
        <translation>სხვამ უფრო ადრე შეინახა</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/editor.py" line="473"/>
        <source>Take their text</source>
        <translation>მისი ტექსტის აღება</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/editor.py" line="474"/>
        <source>Keep mine and save it</source>
        <translation>ჩემის დატოვება და შენახვა</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/editor.py" line="475"/>
        <source>&amp;Save</source>
        <translation>შენახვა (&amp;S)</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/editor.py" line="476"/>
        <source>Save (Ctrl+S)</source>
        <translation>შენახვა (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/editor.py" line="477"/>
        <source>S&amp;ubmit for review</source>
        <translation>განსახილველად გაგზავნა (&amp;U)</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/editor.py" line="478"/>
        <source>&amp;Approve</source>
        <translation>დამტკიცება (&amp;A)</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/editor.py" line="479"/>
        <source>&amp;Reject</source>
        <translation>უარყოფა (&amp;R)</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/editor.py" line="480"/>
        <source>Why (sent with a rejection)</source>
        <translation>მიზეზი (უარყოფას დაერთვის)</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/editor.py" line="481"/>
        <source>&amp;History…</source>
        <translation>ისტორია… (&amp;H)</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/editor.py" line="482"/>
        <source>&amp;Preview</source>
        <translation>წინასწარი ნახვა (&amp;P)</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../kiosk/studio/messages.py" line="15"/>
        <source>write the number in international form, starting +995</source>
        <translation>ჩაწერეთ ნომერი საერთაშორისო ფორმატით, +995-ით დაწყებული</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/messages.py" line="17"/>
        <source>a Georgian number is +995 followed by nine digits</source>
        <translation>საქართველოს ნომერი არის +995 და ცხრა ციფრი</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/messages.py" line="19"/>
        <source>not an e-mail address (name@example.org)</source>
        <translation>ეს არ არის ელფოსტის მისამართი (name@example.org)</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/messages.py" line="21"/>
        <source>a web address starts with https:// (or http://)</source>
        <translation>ვებმისამართი იწყება https://-ით (ან http://-ით)</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/messages.py" line="23"/>
        <source>not a web address (https://example.org/...)</source>
        <translation>ეს არ არის ვებმისამართი (https://example.org/...)</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/messages.py" line="25"/>
        <source>must be a number (decimal degrees) or empty</source>
        <translation>უნდა იყოს რიცხვი (ათწილადი გრადუსები) ან ცარიელი</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/messages.py" line="27"/>
        <source>give both latitude and longitude, or neither</source>
        <translation>მიუთითეთ განედიც და გრძედიც, ან არცერთი</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/messages.py" line="29"/>
        <source>give the times, e.g. 09:00-18:00</source>
        <translation>მიუთითეთ დრო, მაგ. 09:00-18:00</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/messages.py" line="30"/>
        <source>must be text</source>
        <translation>უნდა იყოს ტექსტი</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/messages.py" line="38"/>
        <source>%1 is outside Georgia (%2 to %3 degrees north)</source>
        <translation>%1 საქართველოს ფარგლებს გარეთაა (ჩრდილოეთის განედი %2-დან %3-მდე)</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/messages.py" line="40"/>
        <source>%1 is outside Georgia (%2 to %3 degrees east)</source>
        <translation>%1 საქართველოს ფარგლებს გარეთაა (აღმოსავლეთის გრძედი %2-დან %3-მდე)</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/messages.py" line="42"/>
        <source>%1 is not a time of day</source>
        <translation>%1 დღე-ღამის დრო არ არის</translation>
    </message>
    <message>
        <location filename="../kiosk/studio/messages.py" line="44"/>
        <source>%1: the closing time is not after the opening time</source>
        <translation>%1: დახურვის დრო გახსნის დროზე გვიან არ არის</translation>
    </message>
</context>
</TS>
