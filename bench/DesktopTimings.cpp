#include "DesktopTimings.h"
#include "Rounding.h"

#include "dashboard/DashboardPage.h"
#include "mainwindow/MainWindow.h"
#include "session/Session.h"
#include "storage/InteractionStore.h"
#include "storage/Sql.h"
#include "widgets/DateField.h"
#include "widgets/ListSection.h"
#include "widgets/PagedTableModel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLineEdit>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QWindow>

#include <algorithm>
#include <cstdio>
#include <ctime>

namespace kith::bench {

namespace {

const QDate benchToday(2026, 3, 15);
constexpr int namesTyped = 20;

// The high-water mark of this process's memory. Not getrusage(): on Linux its ru_maxrss
// survives exec, so the child would report the parent's peak.
double peakRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

// CPU time of this thread: what the work costs, whatever else the machine is doing.
double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

void waitUntil(const std::function<bool()> &condition, int timeoutMs = 10000)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition() && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}

// Times each event the UI thread handles from the outside (not the ones sent while
// handling another): the longest since start() is the longest the window could not respond.
class TimedApplication final : public QApplication
{
public:
    using QApplication::QApplication;

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (m_depth > 0)
            return QApplication::notify(receiver, event);
        ++m_depth;
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = threadCpuMs();
        const bool handled = QApplication::notify(receiver, event);
        m_longestMs = std::max(m_longestMs, double(timer.nsecsElapsed()) / 1e6);
        m_longestCpuMs = std::max(m_longestCpuMs, threadCpuMs() - cpuStart);
        --m_depth;
        return handled;
    }

    void start() { m_longestMs = m_longestCpuMs = 0; }
    double longestMs() const { return m_longestMs; }
    double longestCpuMs() const { return m_longestCpuMs; }

private:
    int m_depth = 0;
    double m_longestMs = 0;
    double m_longestCpuMs = 0;
};

QJsonObject summary(QList<double> values, const QString &name)
{
    std::sort(values.begin(), values.end());
    return {{name + QStringLiteral("median_ms"), rounded(values.value(values.size() / 2))},
            {name + QStringLiteral("max_ms"), rounded(values.isEmpty() ? 0 : values.last())}};
}

// Each keystroke as the user makes it (a key press sent to the people list's search box):
// how long the UI thread was busy without a break from the key press until the list shows
// the new rows (blocking), and how long until it does (results, which include the short
// pause the search box waits for the next keystroke).
QJsonObject timeTyping(TimedApplication &app, ui::MainWindow &window)
{
    ui::ListSection *people = window.section(EntityKind::Person);
    QLineEdit *edit = people->searchEdit();
    QStringList names;
    Query query(
        window.session().db(),
        QStringLiteral("SELECT display_name FROM person WHERE id % 997 = 1 ORDER BY id LIMIT ?"));
    query.bind(namesTyped);
    if (query.exec()) {
        while (query.next())
            names.append(query.string(0));
    }
    QList<double> blocking;
    QList<double> blockingCpu;
    QList<double> results;
    double slowest = 0;
    QString slowestText;
    bool refreshed = false;
    QObject scope; // the connection below captures this function's locals: it ends with them
    QObject::connect(people->model(), &ui::PagedTableModel::refreshed, &scope, [&] {
        people->view()->viewport()->repaint();
        refreshed = true;
    });
    const auto measure = [&](const std::function<void()> &keystroke) {
        refreshed = false;
        QElapsedTimer timer;
        timer.start();
        app.start();
        keystroke();
        waitUntil([&] { return refreshed; });
        results.append(double(timer.nsecsElapsed()) / 1e6);
        blocking.append(app.longestMs());
        blockingCpu.append(app.longestCpuMs());
        if (qEnvironmentVariableIsSet("KITH_BENCH_VERBOSE"))
            std::fprintf(stderr, "%-8s blocked %7.1f ms (cpu %6.1f) results %7.1f ms\n",
                         qPrintable(edit->text()), app.longestMs(), app.longestCpuMs(),
                         results.last());
        if (app.longestMs() > slowest) {
            slowest = app.longestMs();
            slowestText = edit->text();
        }
    };
    for (const QString &name : std::as_const(names)) {
        edit->setFocus();
        for (int letters = 1; letters <= 4 && letters <= name.size(); ++letters) {
            const QString letter = name.mid(letters - 1, 1);
            measure([&] {
                QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, letter);
                QCoreApplication::sendEvent(edit, &press);
            });
        }
        measure([&] {
            QKeyEvent press(QEvent::KeyPress, Qt::Key_Escape, Qt::NoModifier);
            QCoreApplication::sendEvent(edit, &press); // Escape clears the search box
        });
    }
    QJsonObject figures{{QStringLiteral("keystrokes"), int(blocking.size())},
                        {QStringLiteral("slowest_text"), slowestText}};
    for (const QJsonObject &part :
         {summary(blocking, QString()), summary(blockingCpu, QStringLiteral("cpu_")),
          summary(results, QStringLiteral("results_"))}) {
        for (auto it = part.begin(); it != part.end(); ++it)
            figures.insert(it.key(), it.value());
    }
    return figures;
}

// The dashboard of the whole network. Its figures are read in the background when it is shown
// or the data changes; refresh() reads them on the UI thread, so it times the whole work:
//   dashboard_ms, _cpu_ms          refresh() and a repaint, the figures as they were
//   dashboard_rebuild_ms, _cpu_ms  the same a month earlier: every figure, chart and row anew
//   dashboard_follow_ms            an interaction logged elsewhere until the dashboard shows
//                                  it (includes the 150 ms it lets a burst of changes settle)
//   dashboard_follow_blocking_ms   the longest the UI thread was busy meanwhile
QJsonObject timeDashboard(TimedApplication &app, ui::MainWindow &window)
{
    auto *dashboard = qobject_cast<ui::DashboardPage *>(window.dashboard());
    bool refreshed = false;
    QObject::connect(dashboard, &ui::DashboardPage::refreshed, [&] { refreshed = true; });
    window.showSection(0);
    waitUntil([&] { return refreshed; });
    QCoreApplication::processEvents();

    const auto timeRefresh = [&](const QString &name) {
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = threadCpuMs();
        dashboard->refresh();
        dashboard->repaint();
        return QJsonObject{
            {name + QStringLiteral("_ms"), rounded(double(timer.nsecsElapsed()) / 1e6)},
            {name + QStringLiteral("_cpu_ms"), rounded(threadCpuMs() - cpuStart)}};
    };
    QJsonObject figures = timeRefresh(QStringLiteral("dashboard"));
    const QDate asOf = dashboard->snapshot().options.asOf;
    {
        const QSignalBlocker quiet(dashboard->asOfField());
        dashboard->asOfField()->setDate(asOf.addMonths(-1));
    }
    const QJsonObject rebuild = timeRefresh(QStringLiteral("dashboard_rebuild"));
    for (auto it = rebuild.begin(); it != rebuild.end(); ++it)
        figures.insert(it.key(), it.value());
    {
        const QSignalBlocker quiet(dashboard->asOfField());
        dashboard->asOfField()->setDate(asOf);
    }
    dashboard->refresh();

    Interaction call;
    call.date = asOf;
    call.kind = InteractionKind::Call;
    Query first(window.session().db(), QStringLiteral("SELECT min(id) FROM person"));
    call.personIds = {first.scalar().valueOr(0)};
    call.summary = QStringLiteral("kith-bench");
    const qint64 before = dashboard->snapshot().interactionsLast30;
    refreshed = false;
    app.start();
    QElapsedTimer timer;
    timer.start();
    const Status logged = window.session().perform(QStringLiteral("kith-bench call"), [&] {
        return Status(InteractionStore(window.session().db()).create(call));
    });
    waitUntil([&] { return refreshed && dashboard->snapshot().interactionsLast30 > before; });
    dashboard->repaint();
    figures.insert(QStringLiteral("dashboard_follow_ms"),
                   logged && dashboard->snapshot().interactionsLast30 > before
                       ? rounded(double(timer.nsecsElapsed()) / 1e6)
                       : -1);
    figures.insert(QStringLiteral("dashboard_follow_blocking_ms"), rounded(app.longestMs()));
    return figures;
}

} // namespace

int runDesktopChild(int argc, char **argv, const QString &databasePath)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TimedApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("kith-bench"));
    QCoreApplication::setApplicationName(QStringLiteral("kith-bench"));
    QSettings().clear();
    QSettings().setValue(QStringLiteral("mainWindow/section"), 1); // start on the people list

    Result<std::unique_ptr<ui::Session>> session = ui::Session::open(databasePath, {});
    if (!session) {
        std::fprintf(stderr, "kith-bench: %s\n", qPrintable(session.errorMessage()));
        return 1;
    }
    (*session)->setToday(benchToday);
    ui::MainWindow window(std::move(session).value());
    window.resize(1280, 800);
    window.show();
    waitUntil([&] { return window.windowHandle() && window.windowHandle()->isExposed(); });
    window.repaint();
    timespec cpu{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu);
    std::printf("ready %.1f %.1f\n", peakRssMb(),
                double(cpu.tv_sec) * 1e3 + double(cpu.tv_nsec) / 1e6);
    std::fflush(stdout);

    const QJsonObject typing = timeTyping(app, window);

    QJsonObject result = timeDashboard(app, window);
    result.insert(QStringLiteral("typing"), typing);
    result.insert(QStringLiteral("peak_rss_mb"), rounded(peakRssMb()));
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}

QJsonObject measureDesktop(const QString &benchProgram, const QString &databasePath)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    child.start(benchProgram, {QStringLiteral("--desktop-child"), databasePath});
    double startMs = -1;
    double startRss = -1;
    double startCpu = -1;
    QByteArray last;
    // Typing on a slow or busy machine can keep the child quiet for minutes.
    constexpr int quietMs = 10 * 60 * 1000;
    while (child.waitForReadyRead(quietMs) || child.canReadLine()) {
        while (child.canReadLine()) {
            const QByteArray line = child.readLine().trimmed();
            if (line.startsWith("ready ")) {
                startMs = double(timer.nsecsElapsed()) / 1e6;
                const QList<QByteArray> fields = line.split(' ');
                startRss = fields.value(1).toDouble();
                startCpu = fields.value(2).toDouble();
            } else if (line.startsWith('{')) {
                last = line;
            }
        }
        if (child.state() == QProcess::NotRunning)
            break;
    }
    child.waitForFinished(quietMs);
    QJsonObject figures = QJsonDocument::fromJson(last).object();
    figures.insert(QStringLiteral("start_ms"), rounded(startMs));
    figures.insert(QStringLiteral("start_cpu_ms"), rounded(startCpu));
    figures.insert(QStringLiteral("start_rss_mb"), rounded(startRss));
    figures.insert(QStringLiteral("exit_code"), child.exitCode());
    return figures;
}

} // namespace kith::bench
