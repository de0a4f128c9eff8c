#include "MainWindow.h"

#include "Pages.h"
#include "ReadOnlyBanner.h"
#include "dashboard/DashboardPage.h"
#include "dashboard/Reminders.h"
#include "interactions/InteractionEditor.h"
#include "people/PeopleSection.h"
#include "preferences/PreferencesDialog.h"
#include "quickadd/QuickAddDialog.h"
#include "search/GlobalSearchDialog.h"
#include "session/Session.h"
#include "storage/Statistics.h"
#include "widgets/FileDialog.h"
#include "widgets/ListSection.h"
#include "widgets/MessageBox.h"
#include "widgets/PagedTableModel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace kith::ui {

namespace {

// A sidebar icon whose selected form is drawn in the highlight's text colour: the icons'
// grey strokes all but vanish on the selection's blue.
QIcon sidebarIcon(const QString &path, const QListWidget *sidebar)
{
    QIcon icon(path);
    const qreal ratio = sidebar->devicePixelRatioF();
    QPixmap selected = icon.pixmap(sidebar->iconSize(), ratio);
    QPainter painter(&selected);
    painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
    painter.fillRect(selected.rect(), sidebar->palette().color(QPalette::HighlightedText));
    painter.end();
    icon.addPixmap(selected, QIcon::Selected);
    return icon;
}

constexpr int maxRecentFiles = 8;

QString settingsKey(const char *key)
{
    return QStringLiteral("mainWindow/") + QLatin1String(key);
}

} // namespace

MainWindow::MainWindow(std::unique_ptr<Session> session, QWidget *parent)
    : QMainWindow(parent)
    , m_sidebar(new QListWidget(this))
    , m_banner(new ReadOnlyBanner(this))
    , m_stack(new QStackedWidget(this))
    , m_countsLabel(new QLabel(this))
    , m_shownLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setAccessibleName(tr("Sections"));
    m_sidebar->setIconSize(QSize(20, 20));
    m_sidebar->setSpacing(2);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_stack->setObjectName(QStringLiteral("pages"));
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    m_shownLabel->setObjectName(QStringLiteral("shownLabel"));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_sidebar);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({190, 1000});
    splitter->setChildrenCollapsible(false);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);
    connect(m_banner, &ReadOnlyBanner::restoreRequested, this, [this](const QString &backup) {
        restoreBackup(backup, QDir::toNativeSeparators(backup));
    });
    connect(m_banner, &ReadOnlyBanner::chooseBackupRequested, this, &MainWindow::restoreFromBackup);
    statusBar()->addWidget(m_shownLabel);
    statusBar()->addPermanentWidget(m_countsLabel);

    connect(m_sidebar, &QListWidget::currentRowChanged, this, &MainWindow::showSection);
    setAcceptDrops(true); // a file dropped on the window opens the import wizard on it
    createActions();
    setSession(std::move(session));
    restoreLayout();
}

MainWindow::~MainWindow()
{
    // The pages refer to the session: they go first.
    m_reminders.reset();
    while (m_stack->count() > 0) {
        QWidget *page = m_stack->widget(0);
        m_stack->removeWidget(page);
        delete page;
    }
}

void MainWindow::setSession(std::unique_ptr<Session> session)
{
    if (m_session)
        saveLayout();
    // Pages refer to the old session; take them down before it goes.
    m_sidebar->clear();
    while (m_stack->count() > 0) {
        QWidget *page = m_stack->widget(0);
        m_stack->removeWidget(page);
        delete page;
    }
    m_sections.clear();
    m_dashboard = nullptr;
    m_reminders.reset();
    m_session = std::move(session);
    m_session->setParent(nullptr);
    buildSections();

    m_undoAction->disconnect();
    m_redoAction->disconnect();
    QUndoStack *stack = m_session->undoStack();
    connect(m_undoAction, &QAction::triggered, stack, &QUndoStack::undo);
    connect(m_redoAction, &QAction::triggered, stack, &QUndoStack::redo);
    const auto updateUndo = [this, stack] {
        m_undoAction->setEnabled(stack->canUndo());
        m_undoAction->setText(stack->canUndo() ? tr("&Undo %1").arg(stack->undoText())
                                               : tr("&Undo"));
        m_redoAction->setEnabled(stack->canRedo());
        m_redoAction->setText(stack->canRedo() ? tr("&Redo %1").arg(stack->redoText())
                                               : tr("&Redo"));
    };
    connect(stack, &QUndoStack::indexChanged, this, updateUndo);
    connect(stack, &QUndoStack::cleanChanged, this, updateUndo);
    updateUndo();
    connect(m_session.get(), &Session::stepFailed, this,
            [this](const QString &message) { MessageBox::warning(this, tr("Undo"), message); });
    connect(m_session.get(), &Session::changed, this, &MainWindow::updateStatus);
    connect(m_session.get(), &Session::dailyBackupFinished, this,
            [this](const QString &, const QString &problem) {
                if (!problem.isEmpty())
                    statusBar()->showMessage(tr("Today's backup was not written: %1").arg(problem));
            });

    m_reminders = std::make_unique<Reminders>(*m_session);
    connect(m_reminders.get(), &Reminders::reminded, this,
            [this](const QString &title, const QString &text) {
                statusBar()->showMessage(
                    title + QStringLiteral(": ") +
                        QString(text).replace(QLatin1Char('\n'), QStringLiteral("; ")),
                    60000);
            });
    connect(m_reminders.get(), &Reminders::activated, this, [this] {
        showSection(0);
        raise();
        activateWindow();
    });
    // On start, once the window is up.
    QTimer::singleShot(1500, m_reminders.get(), &Reminders::check);

    rememberRecent(m_session->db().path());
    updateTitle();
    updateStatus();
    applyReadOnly();
}

void MainWindow::buildSections()
{
    const QList<Page> pages = createPages(*m_session, this);
    for (const Page &page : pages) {
        auto *item = new QListWidgetItem(sidebarIcon(page.icon, m_sidebar), page.title, m_sidebar);
        item->setSizeHint(QSize(0, 34));
        m_stack->addWidget(page.widget);
        if (page.sections.isEmpty() && !m_dashboard)
            m_dashboard = page.widget;
        for (ListSection *section : page.sections) {
            m_sections.append(section);
            connect(section, &ListSection::navigateTo, this, &MainWindow::showRecord);
            connect(section, &ListSection::countChanged, this, [this, section](qint64 shown) {
                if (isOnCurrentPage(section))
                    showShownCount(section, shown);
            });
        }
    }
    if (auto *dashboard = qobject_cast<DashboardPage *>(m_dashboard)) {
        connect(dashboard, &DashboardPage::showRecord, this, &MainWindow::showRecord);
        connect(dashboard, &DashboardPage::showList, this, [this](EntityKind kind) {
            if (ListSection *list = bringForward(kind))
                list->view()->setFocus();
        });
        connect(dashboard, &DashboardPage::showRecords, this,
                [this](EntityKind kind, const QList<Id> &ids, const QString &description) {
                    if (ListSection *list = bringForward(kind)) {
                        list->showOnly(ids, description);
                        list->view()->setFocus();
                    }
                });
        connect(dashboard, &DashboardPage::logInteractionRequested, this,
                &MainWindow::logInteraction);
    }
    QSettings settings;
    for (ListSection *section : m_sections)
        section->restoreState(settings);
    if (auto *people = qobject_cast<PeopleSection *>(section(EntityKind::Person)))
        connect(people, &PeopleSection::logInteractionRequested, this, &MainWindow::logInteraction);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newDb = file->addAction(tr("&New Database…"), this, &MainWindow::newDatabase);
    newDb->setObjectName(QStringLiteral("newDatabaseAction"));
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::openDatabase);
    open->setShortcut(QKeySequence::Open);
    open->setObjectName(QStringLiteral("openAction"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    QAction *copy = file->addAction(tr("Save a &Copy…"), this, &MainWindow::saveCopy);
    copy->setShortcut(QKeySequence::SaveAs);
    copy->setObjectName(QStringLiteral("saveCopyAction"));
    createRestoreAction(file);
    file->addSeparator();
    createInterchangeActions(file);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setObjectName(QStringLiteral("quitAction"));

    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    m_undoAction = m_editMenu->addAction(tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_redoAction = m_editMenu->addAction(tr("&Redo"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_editMenu->addSeparator();
    QAction *quick = m_editMenu->addAction(tr("&Quick Add…"), this, &MainWindow::quickAdd);
    quick->setShortcut(QKeySequence::New);
    quick->setObjectName(QStringLiteral("quickAddAction"));
    QAction *find =
        m_editMenu->addAction(tr("Find &Everywhere…"), this, &MainWindow::findEverywhere);
    find->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    find->setObjectName(QStringLiteral("findEverywhereAction"));
    m_editMenu->addSeparator();
    QAction *preferences =
        m_editMenu->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    preferences->setShortcuts({QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)});
    preferences->setMenuRole(QAction::PreferencesRole);
    preferences->setObjectName(QStringLiteral("preferencesAction"));

    QMenu *people = menuBar()->addMenu(tr("&People"));
    people->setObjectName(QStringLiteral("peopleMenu"));
    QAction *duplicates =
        people->addAction(tr("Find &Duplicates…"), this, &MainWindow::findDuplicates);
    duplicates->setObjectName(QStringLiteral("findDuplicatesAction"));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    for (int i = 0; i < 7; ++i) {
        QAction *go = view->addAction(QString());
        go->setShortcut(QKeySequence(Qt::CTRL | (Qt::Key_1 + i)));
        connect(go, &QAction::triggered, this, [this, i] { showSection(i); });
    }
    connect(view, &QMenu::aboutToShow, this, [this, view] {
        const QList<QAction *> actions = view->actions();
        for (int i = 0; i < actions.size(); ++i) {
            QListWidgetItem *item = m_sidebar->item(i);
            actions[i]->setText(item ? item->text() : QString());
            actions[i]->setVisible(item != nullptr);
        }
    });
    // The View shortcuts work before the menu was ever opened.
    for (QAction *action : view->actions())
        addAction(action);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Kith"), this, &MainWindow::showAbout);
}

void MainWindow::showSection(int index)
{
    if (index < 0 || index >= m_stack->count())
        return;
    m_stack->setCurrentIndex(index);
    if (m_sidebar->currentRow() != index)
        m_sidebar->setCurrentRow(index);
    m_shownLabel->clear();
    for (ListSection *section : std::as_const(m_sections)) {
        if (isOnCurrentPage(section) && section->isVisible()) {
            showShownCount(section, section->view() ? section->model()->rowCount() : 0);
            break;
        }
    }
}

int MainWindow::currentSection() const
{
    return m_stack->currentIndex();
}

ListSection *MainWindow::section(EntityKind kind) const
{
    for (ListSection *section : m_sections) {
        if (section->kind() == kind)
            return section;
    }
    return nullptr;
}

ListSection *MainWindow::bringForward(EntityKind kind)
{
    ListSection *list = section(kind);
    if (!list)
        return nullptr;
    for (int i = 0; i < m_stack->count(); ++i) {
        if (m_stack->widget(i) == list || m_stack->widget(i)->isAncestorOf(list)) {
            showSection(i);
            break;
        }
    }
    // A section inside tabs (memberships) brings its tab forward.
    for (QWidget *w = list; w && w->parentWidget() && w != m_stack; w = w->parentWidget()) {
        if (auto *stack = qobject_cast<QStackedWidget *>(w->parentWidget());
            stack && stack != m_stack)
            stack->setCurrentWidget(w);
    }
    return list;
}

void MainWindow::showRecord(EntityKind kind, Id id)
{
    if (ListSection *list = bringForward(kind)) {
        list->showRecord(id);
        list->view()->setFocus();
    }
}

void MainWindow::quickAdd()
{
    if (refuseWhenReadOnly())
        return;
    QuickAddDialog dialog(*m_session, this);
    if (dialog.exec() == QDialog::Accepted && dialog.savedId())
        showRecord(dialog.savedKind(), dialog.savedId());
}

void MainWindow::findEverywhere()
{
    GlobalSearchDialog dialog(*m_session, this);
    connect(&dialog, &GlobalSearchDialog::recordChosen, this, &MainWindow::showRecord);
    dialog.exec();
}

void MainWindow::logInteraction(const QList<Id> &people)
{
    if (refuseWhenReadOnly())
        return;
    Interaction interaction;
    interaction.date = m_session->today();
    interaction.personIds = people;
    InteractionEditor editor(*m_session, interaction, this);
    editor.exec();
}

void MainWindow::updateTitle()
{
    setWindowTitle(QFileInfo(m_session->db().path()).fileName());
    setWindowFilePath(m_session->db().path());
}

bool MainWindow::isOnCurrentPage(const ListSection *section) const
{
    return m_stack->currentWidget() == section || m_stack->currentWidget()->isAncestorOf(section);
}

void MainWindow::showShownCount(const ListSection *section, qint64 shown)
{
    m_shownLabel->setText(tr("%1: %Ln shown", nullptr, int(shown)).arg(section->title()));
}

void MainWindow::updateStatus()
{
    const RecordCounts counts = countRecords(m_session->db()).valueOr({});
    const QLocale locale;
    m_countsLabel->setText(
        tr("%1 people · %2 organizations · %3 groups · %4 events · %5 interactions")
            .arg(locale.toString(counts.people), locale.toString(counts.organizations),
                 locale.toString(counts.groups), locale.toString(counts.events),
                 locale.toString(counts.interactions)));
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(settingsKey("geometry"), saveGeometry());
    settings.setValue(settingsKey("state"), saveState());
    settings.setValue(settingsKey("section"), m_stack->currentIndex());
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("mainSplitter")))
        settings.setValue(settingsKey("splitter"), splitter->saveState());
    for (ListSection *section : m_sections)
        section->saveState(settings);
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(settingsKey("geometry")).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(settingsKey("state")).toByteArray());
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("mainSplitter")))
        splitter->restoreState(settings.value(settingsKey("splitter")).toByteArray());
    showSection(settings.value(settingsKey("section"), 0).toInt());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    event->accept();
}

void MainWindow::rememberRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentFiles")).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > maxRecentFiles)
        recent.removeLast();
    settings.setValue(QStringLiteral("recentFiles"), recent);
    settings.setValue(QStringLiteral("lastDatabase"), path);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    for (const QString &path : recent) {
        QAction *action = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openDatabaseAt(path); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::newDatabase()
{
    const QString path =
        FileDialog::saveFileName(this, tr("New Database"), QDir::homePath(),
                                 tr("Kith databases (*.sqlite *.kith);;All files (*)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        MessageBox::warning(
            this, tr("New Database"),
            tr("%1 already exists. Choose Open to use it, or another name.").arg(path));
        return;
    }
    openDatabaseAt(path);
}

void MainWindow::openDatabase()
{
    const QString path = FileDialog::openFileName(
        this, tr("Open Database"), QFileInfo(m_session->db().path()).absolutePath(),
        tr("Kith databases (*.sqlite *.kith);;All files (*)"));
    if (!path.isEmpty())
        openDatabaseAt(path);
}

void MainWindow::openDatabaseAt(const QString &path)
{
    Result<std::unique_ptr<Session>> opened = Session::open(path, {});
    if (!opened) {
        MessageBox::warning(this, tr("Open Database"), opened.error().message());
        return;
    }
    setSession(std::move(opened).value());
    showSection(m_stack->currentIndex());
}

void MainWindow::saveCopy()
{
    const QFileInfo current(m_session->db().path());
    const QString suggestion = current.absoluteDir().filePath(
        current.completeBaseName() + tr("-copy") + QStringLiteral(".sqlite"));
    const QString path = FileDialog::saveFileName(this, tr("Save a Copy"), suggestion,
                                                  tr("Kith databases (*.sqlite *.kith)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).absoluteFilePath() == current.absoluteFilePath()) {
        MessageBox::warning(this, tr("Save a Copy"),
                            tr("Choose a different file than the open database."));
        return;
    }
    if (Status status = m_session->db().backupTo(path); !status)
        MessageBox::warning(this, tr("Save a Copy"), status.error().message());
    else
        statusBar()->showMessage(tr("Saved a copy to %1").arg(QDir::toNativeSeparators(path)),
                                 5000);
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(*m_session, this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    MessageBox::information(this, tr("About Kith"),
                            tr("Kith %1\n\nYour professional network, planned and remembered.\n"
                               "Your data stays in %2.")
                                .arg(QCoreApplication::applicationVersion(),
                                     QDir::toNativeSeparators(m_session->db().path())));
}

} // namespace kith::ui
