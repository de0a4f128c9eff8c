#include "SyntheticVocabulary.h"

namespace kith::bench::vocabulary {

namespace {

QStringList split(const char *utf8)
{
    return QString::fromUtf8(utf8).split(QLatin1Char('|'), Qt::SkipEmptyParts);
}

} // namespace

const QStringList &givenNames()
{
    static const QStringList names = split(
        "José|Zoë|Øyvind|Maria|María|Mateo|Sofía|Lucía|Martín|Joaquín|Chloé|Élodie|Léa|Théo|Hélène|"
        "François|Céline|Jérôme|Renée|Noël|Björn|Åsa|Søren|Mette|Sigrún|Þóra|Jürgen|Günter|Jörg|"
        "Lena|Lukas|Anja|Małgorzata|Łukasz|Zbigniew|Agnieszka|Paweł|Jiří|Tomáš|Žofie|Mihály|Zsófia|"
        "Ádám|Ioana|Ștefan|Oğuz|Çağla|Ayşe|Mehmet|Gökhan|Thảo|Minh|Huy|Linh|Phương|Wei|Fang|Jun|"
        "Xiu|Hiroshi|Yūko|Haruto|Sakura|Min-jun|Ji-woo|Seo-yeon|Arjun|Priya|Aarav|Ananya|Rohan|"
        "Kavya|Fatima|Ahmed|Omar|Layla|Youssef|Amira|Hassan|Noor|Chinedu|Ngozi|Oluwaseun|Adebayo|"
        "Amara|Kwame|Abena|Kofi|Zanele|Thabo|Sipho|Wanjiru|Njeri|Tariq|Yasmin|Dmitri|Olga|Sergei|"
        "Natalia|Ivan|Anastasia|Mikhail|Yelena|Giulia|Matteo|Lorenzo|Francesca|Alessandro|Chiara|"
        "João|Conceição|Gonçalo|Inês|Seán|Siobhán|Aoife|Niamh|Eoin|Dáithí|Mark|Sarah|Emily|James|"
        "Michael|Jennifer|David|Jessica|Daniel|Ashley|Matthew|Amanda|Christopher|Megan|Andrew|"
        "Rachel|Joshua|Lauren|Ryan|Hannah|Tyler|Samantha|Kevin|Nicole|Brian|Elizabeth|Jason|"
        "Stephanie|Justin|Heather|Brandon|Rebecca|Eric|Laura|Nathan|Kayla|Aaron|Olivia|Ethan|Ava|"
        "Noah|Isabella|Liam|Mia|Mason|Emma|Lucas|Charlotte|Malik|Imani|Jamal|Aaliyah|DeShawn|"
        "Keisha|Marcus|Tiana|Andrés|Camila|Valentina|Santiago|Ximena|Diego|Guadalupe|Rocío|"
        "Maximilian|Magnus|Ingrid|Astrid|Freya|Aleksander|Kateřina|Ondřej|Elif|Emre|Kerem|Leilani|"
        "Kai|Keanu|Moana|Tāne|Aroha|Mihi|Margaret|Dorothy|Harold|Walter|Gloria|Beatriz");
    return names;
}

const QStringList &familyNames()
{
    static const QStringList names = split(
        "Müller|Nguyễn|García|González|Rodríguez|Fernández|López|Martínez|Sánchez|Pérez|Gómez|"
        "Díaz|Hernández|Álvarez|Jiménez|Muñoz|Romero|Suárez|Castañeda|Ibáñez|Smith|Johnson|"
        "Williams|Brown|Jones|Miller|Davis|Wilson|Anderson|Taylor|Thomas|Moore|Jackson|Martin|Lee|"
        "Thompson|White|Harris|Clark|Lewis|Robinson|Walker|Young|Allen|King|Wright|Scott|Hill|"
        "Green|Adams|Baker|Nelson|Carter|Mitchell|Roberts|Turner|Phillips|Campbell|Parker|Evans|"
        "Edwards|Collins|Stewart|Morris|Murphy|Cook|Rogers|Morgan|Cooper|Peterson|Reed|Bailey|Bell|"
        "Kelly|Howard|Ward|Cox|Richardson|Wood|Watson|Brooks|Bennett|Gray|Hughes|Price|Sanders|"
        "Myers|Long|Ross|Foster|Schmidt|Schneider|Fischer|Weber|Meyer|Wagner|Becker|Schulz|"
        "Hoffmann|Schäfer|Koch|Bauer|Richter|Klein|Wolf|Schröder|Neumann|Schwarz|Zimmermann|Braun|"
        "Krüger|Hartmann|Lange|Dubois|Lefèvre|Moreau|Laurent|Girard|Bonnet|Dupont|Lambert|Fontaine|"
        "Rousseau|Mercier|Chevalier|Rossi|Russo|Ferrari|Esposito|Bianchi|Romano|Colombo|Ricci|"
        "Marino|Greco|Bruno|Gallo|Conti|De Luca|Silva|Santos|Oliveira|Souza|Costa|Pereira|"
        "Carvalho|Gonçalves|Ribeiro|Almeida|Kowalski|Nowak|Wiśniewski|Wójcik|Kowalczyk|Kamiński|"
        "Lewandowski|Zieliński|Szymański|Woźniak|Dąbrowski|Novák|Svoboda|Dvořák|Černý|Procházka|"
        "Nagy|Kovács|Tóth|Szabó|Horváth|Varga|Yılmaz|Kaya|Demir|Şahin|Çelik|Öztürk|Ivanov|Smirnov|"
        "Kuznetsov|Popov|Petrov|Sokolov|Larsen|Hansen|Johansen|Nilsen|Sørensen|Jørgensen|Andersson|"
        "Johansson|Karlsson|Lindström|Åberg|Öberg|Virtanen|Mäkinen|Järvinen|Trần|Lê|Phạm|Hoàng|"
        "Phan|Vũ|Đặng|Bùi|Wang|Li|Zhang|Liu|Chen|Yang|Huang|Zhao|Wu|Zhou|Sato|Suzuki|Takahashi|"
        "Tanaka|Watanabe|Itō|Yamamoto|Nakamura|Kim|Park|Choi|Jung|Kang|Cho|Yoon|Patel|Sharma|"
        "Singh|Kumar|Gupta|Reddy|Iyer|Nair|Banerjee|Chatterjee|Okafor|Okonkwo|Adeyemi|Abubakar|"
        "Mensah|Asante|Owusu|Mwangi|Otieno|Kamau|Dlamini|Nkosi|Ndlovu|Haddad|Khalil|Mansour|Nasser|"
        "Farouk|Al-Sayed|Ben Ali|El Amrani|Cohen|Levi|Mizrahi|Friedman|Ó Briain|Ní Dhomhnaill|"
        "MacLeod|O'Connor|Fitzgerald");
    return names;
}

const QList<City> &cities()
{
    static const QList<City> list = {
        {"Denver", "CO", "USA"},
        {"Chicago", "IL", "USA"},
        {"Washington", "DC", "USA"},
        {"New York", "NY", "USA"},
        {"Los Angeles", "CA", "USA"},
        {"Seattle", "WA", "USA"},
        {"Austin", "TX", "USA"},
        {"Boston", "MA", "USA"},
        {"Atlanta", "GA", "USA"},
        {"Minneapolis", "MN", "USA"},
        {"Portland", "OR", "USA"},
        {"Philadelphia", "PA", "USA"},
        {"San Francisco", "CA", "USA"},
        {"Albuquerque", "NM", "USA"},
        {"Phoenix", "AZ", "USA"},
        {"Nashville", "TN", "USA"},
        {"Detroit", "MI", "USA"},
        {"Baltimore", "MD", "USA"},
        {"Toronto", "ON", "Canada"},
        {"Montréal", "QC", "Canada"},
        {"Vancouver", "BC", "Canada"},
        {"Québec", "QC", "Canada"},
        {"Ciudad de México", "CDMX", "Mexico"},
        {"Bogotá", "", "Colombia"},
        {"São Paulo", "SP", "Brazil"},
        {"Córdoba", "", "Argentina"},
        {"Berlin", "", "Germany"},
        {"München", "Bayern", "Germany"},
        {"Köln", "NRW", "Germany"},
        {"Zürich", "", "Switzerland"},
        {"Genève", "", "Switzerland"},
        {"Wien", "", "Austria"},
        {"Kraków", "", "Poland"},
        {"Łódź", "", "Poland"},
        {"Praha", "", "Czechia"},
        {"Budapest", "", "Hungary"},
        {"Paris", "", "France"},
        {"Orléans", "", "France"},
        {"Bruxelles", "", "Belgium"},
        {"Malmö", "", "Sweden"},
        {"Göteborg", "", "Sweden"},
        {"Tromsø", "", "Norway"},
        {"Reykjavík", "", "Iceland"},
        {"København", "", "Denmark"},
        {"Helsinki", "", "Finland"},
        {"İstanbul", "", "Türkiye"},
        {"Hà Nội", "", "Vietnam"},
        {"Đà Nẵng", "", "Vietnam"},
        {"Tokyo", "", "Japan"},
        {"Seoul", "", "South Korea"},
        {"Beijing", "", "China"},
        {"Bengaluru", "Karnataka", "India"},
        {"Lagos", "", "Nigeria"},
        {"Accra", "", "Ghana"},
        {"Nairobi", "", "Kenya"},
        {"Cape Town", "", "South Africa"},
        {"Cairo", "", "Egypt"},
        {"Dublin", "", "Ireland"},
        {"Galway", "", "Ireland"},
        {"Edinburgh", "Scotland", "UK"},
        {"London", "", "UK"},
        {"Madrid", "", "Spain"},
        {"A Coruña", "Galicia", "Spain"},
        {"Lisboa", "", "Portugal"},
        {"Roma", "", "Italy"},
        {"Milano", "", "Italy"},
    };
    return list;
}

const QStringList &jobTitles()
{
    static const QStringList titles = split(
        "Librarian|Reference Librarian|Archivist|Digital Archivist|Metadata Librarian|Cataloger|"
        "School Librarian|Library Director|Branch Manager|Research Data Manager|Records Manager|"
        "Curator|Museum Educator|Systems Librarian|Instruction Librarian|Outreach Coordinator|"
        "Program Manager|Software Engineer|Data Analyst|UX Researcher|Professor of Information "
        "Science|Assistant Professor|Lecturer|Graduate Assistant|Teacher|Art Therapist|Attorney|"
        "Paralegal|Recruiter|HR Business Partner|Grant Writer|Communications Manager|Editor|"
        "Publisher|Project Coordinator|Community Organizer|Policy Analyst|Consultant|Product "
        "Manager|Engineering Manager|Social Worker|Volunteer Coordinator|Executive Director|"
        "Knowledge Manager|Information Architect|Conservator|Digital Scholarship Librarian|"
        "Youth Services Librarian|Head of Collections|Acquisitions Specialist");
    return titles;
}

const QStringList &topics()
{
    static const QStringList list =
        split("digital preservation|metadata standards|open access|information literacy|community "
              "outreach|grant writing|linked data|user experience|collection development|copyright|"
              "machine learning in libraries|research data management|oral history|accessibility|"
              "early literacy|public programming|leadership|budgeting|advocacy|diversity and "
              "inclusion|career development|mentoring|remote work|research methods|digitisation|"
              "archival description|reference services|makerspaces|library design|cataloguing|"
              "federal jobs|conference planning|scholarships|salary negotiation|portfolio review|"
              "open source software|records retention|museum partnerships|storytelling|"
              "data visualisation");
    return list;
}

const QStringList &fields()
{
    static const QStringList list = split(
        "Library Science|Archives|Information Science|Digital Humanities|Museum Studies|Records "
        "Management|Public Libraries|Academic Libraries|School Libraries|Law Libraries|Medical "
        "Libraries|Special Collections|Knowledge Management|Data Curation|Art Therapy|Public "
        "Service");
    return list;
}

const QStringList &tagNames()
{
    static const QStringList list = split(
        "mentor|ALA|ACRL|SAA|job search|conference buddy|alumni|federal libraries|archives|"
        "digital|recruiter|role model|board|grad school|volunteer|classmate|cohort 2024|"
        "hiring manager|speaker|author|newsletter|reading group|coffee chat|reference letter|"
        "portfolio|Denver|remote|west coast|east coast|international|métadonnées|Übersetzung|"
        "library school|committee|panel|podcast|scholarship|peer review|open access|cataloguing|"
        "museum|school library|public library|law library|research|teaching|leadership|"
        "community|family|former colleague|to meet|follow up|VIP|new contact|old friend|"
        "collaborator|funding|grant|startup|nonprofit");
    return list;
}

const QStringList &summaryTemplates()
{
    static const QStringList list = split(
        "Coffee with {first} about {topic}|Call with {first}: {topic}|Emailed {first} the slides "
        "on {topic}|Lunch with {first}, talked about {topic}|{first} introduced me to a colleague "
        "at {org}|Video call about {topic} and next steps|Sent {first} a thank-you note|Quick chat "
        "after the {topic} session|Reviewed {first}'s draft on {topic}|Asked {first} for advice on "
        "{topic}|Congratulated {first} on the new role at {org}|Shared an article about {topic}|"
        "Caught up with {first} about job openings in {city}|Planning the {topic} panel with "
        "{first}|Messaged {first} on LinkedIn about {topic}|{first} recommended reading on "
        "{topic}|Met {first} at the {city} meetup|Informational interview with {first} at {org}|"
        "Mock interview practice with {first}|Discussed the {org} opening with {first}|"
        "Volunteered with {first} at the {topic} workshop|Exchanged notes on {topic}|Replied to "
        "{first}'s question about {topic}|Invited {first} to speak on {topic}|Group dinner in "
        "{city} after the sessions|Followed up on the {topic} project|Zoom with {first} and the "
        "{org} team|Bumped into {first} in {city}|Wrote a recommendation request to {first}|"
        "Brainstormed {topic} ideas with {first}");
    return list;
}

const QStringList &recommendationTemplates()
{
    static const QStringList list = split(
        "{first} is a thoughtful colleague who led our work on {topic}.|I worked with {first} for "
        "two years; their grasp of {topic} is outstanding.|{first} was one of the strongest "
        "students in my {topic} seminar.|Reliable, curious and generous: {first} made our {topic} "
        "project a success.|I recommend {first} without reservation for any role involving "
        "{topic}.");
    return list;
}

const QStringList &noteTemplates()
{
    static const QStringList list = split(
        "Interested in {topic}.|Moved to {city} last year.|Knows everyone in {topic}.|Prefers "
        "email over calls.|Ask about the {topic} book.|Met through the {city} chapter.|Could be a "
        "mentor for {topic}.|Hiring soon in {city}.");
    return list;
}

QString asciiHandle(const QString &given, const QString &family)
{
    const auto plain = [](const QString &name) {
        QString result;
        for (const QChar ch : name.normalized(QString::NormalizationForm_KD).toLower()) {
            if ((ch >= QLatin1Char('a') && ch <= QLatin1Char('z')) || ch.isDigit())
                result.append(ch);
            else if (ch == QChar(0x00F8)) // ø has no decomposition
                result.append(QLatin1Char('o'));
            else if (ch == QChar(0x0142)) // ł
                result.append(QLatin1Char('l'));
            else if (ch == QChar(0x0111)) // đ
                result.append(QLatin1Char('d'));
            else if (ch == QChar(0x00FE)) // þ
                result.append(QStringLiteral("th"));
        }
        return result.isEmpty() ? QStringLiteral("x") : result;
    };
    return plain(given) + QLatin1Char('.') + plain(family);
}

} // namespace kith::bench::vocabulary
