#pragma once

#include "common/Result.h"
#include "model/Common.h"
#include "model/EntityKind.h"
#include "session/Session.h"

#include <QDialog>
#include <QTimer>
#include <QWidget>

#include <functional>

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

class FilterBar;
class PagedTableModel;

// How a section deletes and tags its records: the store's calls and the section's words
// (each section words its own records, because plural forms belong to the noun).
struct RecordActions
{
    // The record's name, for "Delete Jane Doe?" and the undo step; unset or empty: the
    // count says it.
    std::function<QString(Id)> name;
    std::function<QString(int count)> count; // "%n people"
    QString consequences; // what goes with deleted records, what stays; that undo brings them back
    std::function<Status(const QList<Id> &)> remove;
    // Unset when the records have no tags.
    std::function<Status(const QList<Id> &, const QString &tag, bool add)> tag;

    // remove and tag through a store with remove(ids), addTag(ids, tag), removeTag(ids, tag).
    template <typename Store>
    void useStore(Session &session);
};

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
    // Opens the editor of a stored record; the record stays selected and in view.
    virtual void editRecord(Id id) = 0;

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
    // The filters beside the search box; a section adds its own and reads them in
    // applyFilters().
    FilterBar *filters() const { return m_filters; }
    // Subclasses call this when a filter of their own (not in filters()) changes.
    void filtersChanged();
    // Pushes search text and filter widgets into the model, then refreshes it.
    virtual void applyFilters(const QString &searchText) = 0;
    // Sets every filter back to "everything"; whether any is set. A section with filters
    // beyond filters() adds them.
    virtual void clearFilters();
    virtual bool hasActiveFilters() const;
    virtual QString detailHtml(Id id) = 0;
    void setRecordActions(RecordActions actions);
    // Opens `Editor` on `record` (a new one when its id is 0); once saved, the record is
    // selected and in view.
    template <typename Editor, typename Record>
    void openEditor(const Record &record);
    // Opens `Editor` on the record `Store` holds under `id`; `title` heads an error.
    template <typename Editor, typename Store>
    void editWith(Id id, const QString &title);
    void showError(const QString &title, const QString &message);
    // Selects the record once the list has caught up with the change that made or moved it.
    void keepInView(Id id);
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
    void deleteRecords(const QList<Id> &ids);
    void tagRecords(const QList<Id> &ids, const QString &tag, bool add);
    // The record's name, or "%n <records>" in the section's words.
    QString recordsWord(const QList<Id> &ids) const;

    Session &m_session;
    EntityKind m_kind;
    PagedTableModel *m_model = nullptr;
    QLineEdit *m_searchEdit;
    FilterBar *m_filters;
    RecordActions m_actions;
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

template <typename Store>
void RecordActions::useStore(Session &session)
{
    remove = [&session](const QList<Id> &ids) { return Store(session.db()).remove(ids); };
    tag = [&session](const QList<Id> &ids, const QString &tagName, bool add) {
        Store store(session.db());
        return add ? store.addTag(ids, tagName) : store.removeTag(ids, tagName);
    };
}

template <typename Editor, typename Record>
void ListSection::openEditor(const Record &record)
{
    Editor editor(m_session, record, this);
    if (editor.exec() != QDialog::Accepted)
        return;
    keepInView(record.id != 0 ? record.id : editor.savedId());
}

template <typename Editor, typename Store>
void ListSection::editWith(Id id, const QString &title)
{
    auto record = Store(m_session.db()).get(id);
    if (!record) {
        showError(title, record.error().message());
        return;
    }
    openEditor<Editor>(*record);
}

} // namespace kith::ui
