#pragma once

#include "model/Common.h"
#include "model/EntityKind.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace kith::ui {

class ListSection;
class ReadOnlyBanner;
class Reminders;
class Session;

// The main window: a sidebar of sections (Dashboard, People, Organizations & Memberships,
// Groups, Events, Recommendations, Interactions), each a list with details, over one
// Session. Opening another database replaces the session and rebuilds the sections.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<Session> session, QWidget *parent = nullptr);
    ~MainWindow() override;

    Session &session() { return *m_session; }
    void setSession(std::unique_ptr<Session> session);

    // Shows the section of `kind` with the record selected.
    void showRecord(EntityKind kind, Id id);
    void showSection(int index);
    int currentSection() const;
    ListSection *section(EntityKind kind) const;
    QWidget *dashboard() const { return m_dashboard; }

    void quickAdd();
    void findEverywhere();
    void logInteraction(const QList<Id> &people);
    // The import wizard, on `path` when given (a dropped file).
    void importFile(const QString &path = {});
    void findDuplicates();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    // Shows the page holding the list of `kind` (and its tab), returning that list.
    ListSection *bringForward(EntityKind kind);
    void createActions();
    void buildSections();
    void updateTitle();
    void updateStatus();
    // Whether the section is the page in view or inside it (a page may hold two).
    bool isOnCurrentPage(const ListSection *section) const;
    // "People: 40 shown" in the status bar.
    void showShownCount(const ListSection *section, qint64 shown);
    void saveLayout() const;
    void restoreLayout();
    void rememberRecent(const QString &path);
    void rebuildRecentMenu();

    void newDatabase();
    void openDatabase();
    void openDatabaseAt(const QString &path);
    void saveCopy();
    void createRestoreAction(QMenu *file);
    void restoreFromBackup();
    // Asks, then replaces the database with `backup` and reopens it.
    void restoreBackup(const QString &backup, const QString &description);
    // Shows why nothing can be changed, and turns off what would change something.
    void applyReadOnly();
    // True, with a word in the status bar, when the session cannot be changed.
    bool refuseWhenReadOnly();
    void createInterchangeActions(QMenu *file);
    void exportWith(QString (*exporter)(QWidget *, Session &));
    void showPreferences();
    void showAbout();

    std::unique_ptr<Session> m_session;
    std::unique_ptr<Reminders> m_reminders;
    QListWidget *m_sidebar;
    ReadOnlyBanner *m_banner;
    QStackedWidget *m_stack;
    QWidget *m_dashboard = nullptr;
    QList<ListSection *> m_sections;
    QLabel *m_countsLabel;
    QLabel *m_shownLabel;
    QMenu *m_editMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
};

} // namespace kith::ui
