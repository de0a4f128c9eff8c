#pragma once

#include "model/Common.h"
#include "model/EntityKind.h"

#include <QTimer>
#include <QWidget>

class QAction;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QSettings;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTextBrowser;
class QUrl;

namespace kith::ui {

class PagedTableModel;
class Session;

// A section of the main window: a search box and filters over a lazy list, with the
// selected record's details beside it. Subclasses supply the model, the filters, the
// detail page and the editors; this class does selection, keyboard, empty states, bulk
// tagging and deleting, and remembering its layout.
class ListSection : public QWidget
{
    Q_OBJECT

public:
    // `name` prefixes the object names of its widgets ("people" → "peopleView").
    ListSection(Session &session, EntityKind kind, const QString &name, QWidget *parent = nullptr);
    ~ListSection() override;

    EntityKind kind() const { return m_kind; }
    virtual QString title() const = 0;

    QLineEdit *searchEdit() const { return m_searchEdit; }
    QTableView *view() const { return m_view; }
    QTextBrowser *detailView() const { return m_detail; }
    PagedTableModel *model() const { return m_model; }

    QList<Id> selectedIds() const;
    Id currentId() const;
    // Selects the record, clearing the search and filters when they hide it.
    void showRecord(Id id);
    // Shows only these records (the ones behind a dashboard figure), under a banner naming
    // them with a way back to everything.
    void showOnly(const QList<Id> &ids, const QString &description);
    bool isShowingOnly() const { return m_only.has_value(); }

    // Nothing can be changed (a read-only or damaged file): New, Edit, Delete and the tag
    // actions stay off; the list, search and details work as ever.
    void setReadOnly(bool readOnly);

    QAction *newAction() const { return m_newAction; }
    QAction *editAction() const { return m_editAction; }
    QAction *deleteAction() const { return m_deleteAction; }

    void saveState(QSettings &settings) const;
    void restoreState(const QSettings &settings);

    // Opens the editor for a new record; the section selects it once saved.
    virtual void newRecord() = 0;

Q_SIGNALS:
    void countChanged(qint64 shown);
    // A link in the details asks for another record.
    void navigateTo(kith::EntityKind kind, kith::Id id);

protected:
    void setModel(PagedTableModel *model);
    // The width each column wants, in column order. When the list is too narrow for them
    // all, the widest of the others give way first so that `main`, the column that says what
    // a row is, keeps a quarter of the list; room to spare goes to `main`. The columns follow
    // the list's width until the user sizes one by hand; "Fit Columns to the List" on the
    // header goes back.
    void setColumnWidths(const QList<int> &widths, int main);
    QHBoxLayout *filterBar() const { return m_filterBar; }
    // Subclasses call this when one of their filter widgets changes.
    void filtersChanged();
    // Pushes search text and filter widgets into the model, then refreshes it.
    virtual void applyFilters(const QString &searchText) = 0;
    // Resets the subclass's filter widgets to "everything".
    virtual void clearFilters() = 0;
    virtual bool hasActiveFilters() const = 0;
    virtual QString detailHtml(Id id) = 0;
    virtual void editRecord(Id id) = 0;
    virtual void deleteRecords(const QList<Id> &ids) = 0;
    virtual void addTag(const QList<Id> &ids, const QString &tag) = 0;
    virtual void removeTag(const QList<Id> &ids, const QString &tag) = 0;
    // What to say when the list is empty: nothing stored yet, or nothing matching.
    virtual QString emptyText(bool filtered) const = 0;
    // A kith:action/<name> link in the details was clicked.
    virtual void detailAction(const QString &action, Id id);

    Session &session() const { return m_session; }
    // The ids a filter must be restricted to while showOnly() is in effect, else empty.
    // (A restriction to no records at all is given as {-1}, which matches nothing.)
    QList<Id> onlyIds() const;
    void selectAfterSave(Id id) { m_pendingSelection = id; }
    void refreshDetail();
    void showEvent(QShowEvent *event) override;

    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitColumns();
    void updateEmptyState();
    void onLinkClicked(const QUrl &url);
    void onSelectionChanged();
    void onModelRefreshed();
    void selectAfterRefresh();
    void promptTag(bool add);

    Session &m_session;
    EntityKind m_kind;
    PagedTableModel *m_model = nullptr;
    QLineEdit *m_searchEdit;
    QHBoxLayout *m_filterBar;
    QStackedWidget *m_listStack;
    QTableView *m_view;
    QLabel *m_emptyLabel;
    QLabel *m_onlyBanner;
    std::optional<QList<Id>> m_only;
    QSplitter *m_splitter;
    QTextBrowser *m_detail;
    bool m_readOnly = false;
    QAction *m_newAction;
    QAction *m_editAction;
    QAction *m_deleteAction;
    QAction *m_addTagAction;
    QAction *m_removeTagAction;
    QTimer m_filterDelay;
    Id m_pendingSelection = 0;
    QList<Id> m_selectionBeforeRefresh;
    bool m_selectionDeferred = false;
    bool m_typing = false;     // the list is refreshing for a change of search text or filter
    bool m_selecting = false;  // selectAfterRefresh() is choosing the row
    QList<int> m_columnWidths; // as the section wants them; empty: Qt's own
    int m_mainColumn = 0;
    bool m_columnsByHand = false; // the user sized a column: their widths stay
    bool m_fittingColumns = false;
};

} // namespace kith::ui
