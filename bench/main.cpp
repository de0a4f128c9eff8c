// kith-bench: builds a synthetic network in a fresh database and times what must stay fast
// at that size: the bulk insert, the global search as the user types, the derived queries.
// One JSON object goes to stdout; progress goes to stderr. Its keys:
//   desktop                 {start_ms (process start to the people list of this database
//                           shown, offscreen), start_rss_mb, typing {median_ms, max_ms:
//                           per key press in the people search box, the longest the UI
//                           thread was busy without a break until the new rows showed;
//                           cpu_…; results_…: until the rows showed}, dashboard_ms and
//                           dashboard_… (see DesktopTimings.cpp), peak_rss_mb}
//   people, organizations, events, interactions, groups, memberships, recommendations, seed
//   insert_rows_per_s       people written per second, with every index and the search index
//   insert_people_s, insert_people_cpu_s   wall-clock and CPU seconds of that insert
//   insert_other_records_per_s             groups, interactions… written per second
//   search_median_ms, search_p95_ms      wall-clock per query (200 prefixes, top 50 read)
//   search_cpu_median_ms, search_cpu_p95_ms, search_max_ms, search_slowest_query, …
//   derived_ms              milliseconds per derived query (core/insights), derived_failures
//   file_mb, peak_rss_mb, load_average     (the 1-minute load: other work on the machine)

#include "DerivedQueries.h"
#include "DesktopTimings.h"
#include "InterchangeTimings.h"
#include "Rounding.h"
#include "SyntheticNetwork.h"

#include "storage/BulkWriter.h"
#include "storage/Database.h"
#include "storage/Search.h"
#include "storage/Sql.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTimeZone>

#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

using namespace kith;
using namespace kith::bench;

namespace {

// The benchmark's "today", so runs compare and the derived queries see the same agenda.
const QDate benchToday(2026, 3, 15);
constexpr int peoplePerBatch = 10000;
constexpr int interactionsPerBatch = 50000;

void progress(const QString &message)
{
    std::fprintf(stderr, "kith-bench: %s\n", qPrintable(message));
}

[[noreturn]] void fail(const QString &doing, const QString &message)
{
    std::fprintf(stderr, "kith-bench: %s: %s\n", qPrintable(doing), qPrintable(message));
    std::exit(1);
}

template <typename T>
T orFail(Result<T> result, const QString &doing)
{
    if (!result)
        fail(doing, result.errorMessage());
    return std::move(result).value();
}

void orFail(const Status &status, const QString &doing)
{
    if (!status)
        fail(doing, status.errorMessage());
}

double seconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

double percentile(QList<double> values, double fraction)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = qsizetype(std::ceil(fraction * double(values.size()))) - 1;
    return values.at(std::clamp<qsizetype>(index, 0, values.size() - 1));
}

struct Ids
{
    QList<Id> organizations;
    QList<Id> events;
    QList<Id> people;
};

// CPU time of this process: on a machine shared with other work, wall-clock time says as
// much about the neighbours as about Kith, so the report gives both.
double cpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

struct Timing
{
    double wall = 0;
    double cpu = 0;
};

// The people, timed on their own: staging and the flush with every index and the search
// index maintained. Generating them is not timed.
Timing insertPeople(Database &db, SyntheticNetwork &network, Ids &ids)
{
    BulkWriter writer(db);
    Timing timing;
    QElapsedTimer timer;
    for (int done = 0; done < network.size().people; done += peoplePerBatch) {
        const int count = std::min(peoplePerBatch, network.size().people - done);
        const QList<Person> people =
            network.people(count, ids.organizations, ids.events, ids.people);
        const double cpu = cpuSeconds();
        timer.start();
        ids.people += orFail(writer.addPeople(people), QStringLiteral("Staging people"));
        timing.wall += seconds(timer);
        timing.cpu += cpuSeconds() - cpu;
        progress(QStringLiteral("staged %1 people").arg(ids.people.size()));
    }
    const double cpu = cpuSeconds();
    timer.start();
    orFail(writer.commit(), QStringLiteral("Writing people"));
    timing.wall += seconds(timer);
    timing.cpu += cpuSeconds() - cpu;
    return timing;
}

// Everything that refers to people: groups, interactions, memberships, recommendations.
qint64 insertTheRest(Database &db, SyntheticNetwork &network, const Ids &ids)
{
    BulkWriter writer(db);
    qint64 records = 0;
    records +=
        orFail(writer.addGroups(network.groups(ids.people)), QStringLiteral("Staging groups"))
            .size();
    for (int done = 0; done < network.size().interactions; done += interactionsPerBatch) {
        const int count = std::min(interactionsPerBatch, network.size().interactions - done);
        records +=
            orFail(writer.addInteractions(network.interactions(count, ids.people, ids.events)),
                   QStringLiteral("Staging interactions"))
                .size();
        progress(QStringLiteral("staged %1 interactions").arg(done + count));
    }
    records += orFail(writer.addMemberships(network.memberships(ids.organizations, ids.people)),
                      QStringLiteral("Staging memberships"))
                   .size();
    records += orFail(writer.addRecommendations(network.recommendations(ids.people)),
                      QStringLiteral("Staging recommendations"))
                   .size();
    progress(QStringLiteral("writing groups, interactions, memberships and recommendations"));
    orFail(writer.commit(), QStringLiteral("Writing interactions"));
    return records;
}

// Names typed the way users type them: 2, 3, then 4 letters, each search reading the top
// 50 hits in full.
QJsonObject timeSearch(const Database &db, SyntheticNetwork &network)
{
    constexpr int queryCount = 200;
    QStringList queries;
    for (const QString &name : network.sampleNames((queryCount + 2) / 3)) {
        for (int letters = 2; letters <= 4; ++letters)
            queries.append(name.left(letters));
    }
    queries = queries.mid(0, queryCount);

    const Search search(db);
    QList<double> times;
    QList<double> cpuTimes;
    qint64 hitsRead = 0;
    for (const QString &query : std::as_const(queries)) {
        const double cpu = cpuSeconds();
        QElapsedTimer timer;
        timer.start();
        const QList<SearchHit> hits = orFail(search.search(query, 50), QStringLiteral("Searching"));
        for (const SearchHit &hit : hits)
            hitsRead += hit.title.size() + hit.subtitle.size() > 0 ? 1 : 0;
        times.append(double(timer.nsecsElapsed()) / 1e6);
        cpuTimes.append((cpuSeconds() - cpu) * 1000);
    }
    const auto slowest = std::max_element(times.cbegin(), times.cend()) - times.cbegin();
    return {{QStringLiteral("queries"), int(times.size())},
            {QStringLiteral("median_ms"), rounded(percentile(times, 0.5))},
            {QStringLiteral("p95_ms"), rounded(percentile(times, 0.95))},
            {QStringLiteral("cpu_median_ms"), rounded(percentile(cpuTimes, 0.5))},
            {QStringLiteral("cpu_p95_ms"), rounded(percentile(cpuTimes, 0.95))},
            {QStringLiteral("max_ms"), rounded(times.value(slowest))},
            {QStringLiteral("slowest_query"), queries.value(slowest)},
            {QStringLiteral("hits_read"), hitsRead}};
}

} // namespace

int main(int argc, char **argv)
{
    // The desktop measurement runs in a child, so start-up is timed from process start.
    if (argc == 3 && qstrcmp(argv[1], "--desktop-child") == 0)
        return runDesktopChild(argc, argv, QString::fromLocal8Bit(argv[2]));

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kith-bench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Times Kith on a synthetic network; prints JSON."));
    parser.addHelpOption();
    const QCommandLineOption peopleOption(QStringLiteral("people"),
                                          QStringLiteral("People in the network (default 100000); "
                                                         "everything else scales with it."),
                                          QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QStringLiteral("Keep the database in FILE (must not exist)."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QStringLiteral("Random seed (default 1)."),
                                        QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption noDesktopOption(
        QStringLiteral("no-desktop"),
        QStringLiteral("Skip the desktop figures (main window start-up, typing, dashboard)."));
    const QCommandLineOption noFilesOption(
        QStringLiteral("no-files"),
        QStringLiteral("Skip the file formats (LinkedIn import, vCard parsing and export)."));
    parser.addOptions({peopleOption, dbOption, seedOption, noDesktopOption, noFilesOption});
    parser.process(app);

    bool ok = false;
    const int people = parser.value(peopleOption).toInt(&ok);
    if (!ok || people < 1)
        fail(QStringLiteral("--people"), QStringLiteral("expects a positive number"));
    const quint32 seed = parser.value(seedOption).toUInt(&ok);
    if (!ok)
        fail(QStringLiteral("--seed"), QStringLiteral("expects a non-negative number"));
    QTemporaryDir temporary;
    const QString path = parser.isSet(dbOption)
                             ? parser.value(dbOption)
                             : temporary.filePath(QStringLiteral("kith-bench.sqlite"));
    if (QFileInfo::exists(path))
        fail(path, QStringLiteral("exists already; kith-bench only writes new databases"));

    std::unique_ptr<Database> db =
        orFail(Database::open(path), QStringLiteral("Opening %1").arg(path));
    db->setClock([] { return QDateTime(benchToday, QTime(9, 0), QTimeZone::utc()); });
    const NetworkSize size = NetworkSize::scaled(people);
    SyntheticNetwork network(size, seed, benchToday);
    Ids ids;

    progress(QStringLiteral("writing %1 organizations and %2 events")
                 .arg(size.organizations)
                 .arg(size.events));
    {
        BulkWriter writer(*db);
        ids.organizations = orFail(writer.addOrganizations(network.organizations()),
                                   QStringLiteral("Organizations"));
        ids.events =
            orFail(writer.addEvents(network.events(ids.organizations)), QStringLiteral("Events"));
        orFail(writer.commit(), QStringLiteral("Writing organizations and events"));
    }
    const Timing peopleTime = insertPeople(*db, network, ids);
    progress(QStringLiteral("%1 people in %2 s (%3 s of CPU)")
                 .arg(size.people)
                 .arg(peopleTime.wall, 0, 'f', 2)
                 .arg(peopleTime.cpu, 0, 'f', 2));

    QElapsedTimer restTimer;
    restTimer.start();
    const qint64 restRecords = insertTheRest(*db, network, ids);
    const double restSeconds = seconds(restTimer);
    Query checkpoint(*db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    orFail(checkpoint.exec(), QStringLiteral("Checkpointing"));

    progress(QStringLiteral("searching"));
    const QJsonObject search = timeSearch(*db, network);
    progress(QStringLiteral("derived queries"));
    QStringList failures;
    const QJsonObject derived = timeDerivedQueries(*db, benchToday, failures);
    for (const QString &failure : std::as_const(failures))
        progress(QStringLiteral("derived query failed: ") + failure);

    QJsonObject desktop;
    if (!parser.isSet(noDesktopOption)) {
        progress(QStringLiteral("desktop: opening the main window, typing, the dashboard"));
        db.reset(); // the child opens the file on its own
        desktop = measureDesktop(QCoreApplication::applicationFilePath(), path);
    }

    QJsonObject files;
    if (!parser.isSet(noFilesOption)) {
        progress(QStringLiteral("files: LinkedIn import, vCard parsing and export"));
        QTemporaryDir filesDir;
        files = measureInterchange(size.people, filesDir.path());
    }

    double load[1] = {0};
    getloadavg(load, 1); // the other work this machine did meanwhile, for reading the times
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    QJsonObject result{
        {QStringLiteral("people"), size.people},
        {QStringLiteral("organizations"), size.organizations},
        {QStringLiteral("events"), size.events},
        {QStringLiteral("interactions"), size.interactions},
        {QStringLiteral("groups"), size.groups},
        {QStringLiteral("memberships"), size.memberships},
        {QStringLiteral("recommendations"), size.recommendations},
        {QStringLiteral("seed"), qint64(seed)},
        {QStringLiteral("insert_rows_per_s"), qRound64(size.people / peopleTime.wall)},
        {QStringLiteral("insert_people_s"), rounded(peopleTime.wall, 3)},
        {QStringLiteral("insert_people_cpu_s"), rounded(peopleTime.cpu, 3)},
        {QStringLiteral("insert_other_records_per_s"), qRound64(double(restRecords) / restSeconds)},
        {QStringLiteral("search_queries"), search.value(QStringLiteral("queries"))},
        {QStringLiteral("search_median_ms"), search.value(QStringLiteral("median_ms"))},
        {QStringLiteral("search_p95_ms"), search.value(QStringLiteral("p95_ms"))},
        {QStringLiteral("search_cpu_median_ms"), search.value(QStringLiteral("cpu_median_ms"))},
        {QStringLiteral("search_cpu_p95_ms"), search.value(QStringLiteral("cpu_p95_ms"))},
        {QStringLiteral("search_max_ms"), search.value(QStringLiteral("max_ms"))},
        {QStringLiteral("search_slowest_query"), search.value(QStringLiteral("slowest_query"))},
        {QStringLiteral("search_hits_read"), search.value(QStringLiteral("hits_read"))},
        {QStringLiteral("derived_ms"), derived},
        {QStringLiteral("derived_failures"), QJsonArray::fromStringList(failures)},
        {QStringLiteral("desktop"), desktop},
        {QStringLiteral("files"), files},
        {QStringLiteral("file_mb"), rounded(double(QFileInfo(path).size()) / (1024.0 * 1024.0), 1)},
        {QStringLiteral("peak_rss_mb"), rounded(double(usage.ru_maxrss) / 1024.0, 1)},
        {QStringLiteral("load_average"), rounded(load[0])},
    };
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}
