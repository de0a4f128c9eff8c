#include "ListSection.h"

#include "ColumnFit.h"
#include "ElidedTipDelegate.h"
#include "FilterBar.h"
#include "InputDialog.h"
#include "Lookups.h"
#include "PagedTableModel.h"
#include "session/Session.h"

#include <QAction>
#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace kith::ui {

namespace {

constexpr int filterDelayMs = 120; // long enough to skip keystrokes in a burst, short to feel live
constexpr int keptSelectionRows = 200; // one page of every list model

QString childName(const QString &prefix, const char *suffix)
{
    return prefix + QLatin1String(suffix);
}

} // namespace

ListSection::ListSection(Session &session, EntityKind kind, const QString &name, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_kind(kind)
    , m_searchEdit(new QLineEdit(this))
    , m_filters(new FilterBar(name, this))
    , m_listStack(new QStackedWidget(this))
    , m_view(new QTableView(this))
    , m_emptyLabel(new QLabel(this))
    , m_onlyBanner(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_detail(new QTextBrowser(this))
    , m_newAction(new QAction(tr("&New…"), this))
    , m_editAction(new QAction(tr("&Edit…"), this))
    , m_deleteAction(new QAction(tr("&Delete"), this))
    , m_addTagAction(new QAction(tr("Add &Tag…"), this))
    , m_removeTagAction(new QAction(tr("&Remove Tag…"), this))
{
    setObjectName(childName(name, "Section"));
    m_searchEdit->setObjectName(childName(name, "SearchEdit"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setAccessibleName(tr("Search"));
    m_view->setObjectName(childName(name, "View"));
    m_detail->setObjectName(childName(name, "Detail"));
    m_emptyLabel->setObjectName(childName(name, "EmptyLabel"));
    m_onlyBanner->setObjectName(childName(name, "OnlyBanner"));
    m_onlyBanner->setTextFormat(Qt::RichText);
    m_onlyBanner->setBackgroundRole(QPalette::AlternateBase);
    m_onlyBanner->setAutoFillBackground(true);
    m_onlyBanner->setMargin(6);
    m_onlyBanner->hide();
    connect(m_onlyBanner, &QLabel::linkActivated, this, [this] {
        m_only.reset();
        m_onlyBanner->hide();
        applyFilters(m_searchEdit->text());
    });

    auto *newButton = new QPushButton(tr("New"), this);
    newButton->setObjectName(childName(name, "NewButton"));
    connect(newButton, &QPushButton::clicked, m_newAction, &QAction::trigger);
    connect(m_newAction, &QAction::enabledChanged, newButton, &QPushButton::setEnabled);
    connect(m_filters, &FilterBar::changed, this, &ListSection::filtersChanged);

    auto *top = new QHBoxLayout;
    top->addWidget(m_searchEdit, 2);
    top->addWidget(m_filters, 3);
    top->addWidget(newButton);

    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSortingEnabled(true);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    connect(header, &QHeaderView::sectionResized, this, [this] {
        if (!m_fittingColumns && !m_columnWidths.isEmpty())
            m_columnsByHand = true;
    });
    auto *fitAction = new QAction(tr("&Fit Columns to the List"), header);
    fitAction->setObjectName(childName(name, "FitColumnsAction"));
    connect(fitAction, &QAction::triggered, this, [this] {
        m_columnsByHand = false;
        fitColumns();
    });
    header->addAction(fitAction);
    header->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->viewport()->installEventFilter(this);
    m_view->setAccessibleName(tr("List"));
    m_view->setItemDelegate(new ElidedTipDelegate(m_view));

    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setMargin(24);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_listStack->addWidget(m_view);
    m_listStack->addWidget(m_emptyLabel);

    m_detail->setOpenLinks(false);
    m_detail->setAccessibleName(tr("Details"));
    connect(m_detail, &QTextBrowser::anchorClicked, this, &ListSection::onLinkClicked);

    m_splitter->addWidget(m_listStack);
    m_splitter->addWidget(m_detail);
    // A wider window widens the list, which has columns to show, more than the details,
    // which wrap; below about 420 pixels the details' tables break inside words.
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({620, 420});
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_onlyBanner);
    layout->addWidget(m_splitter, 1);

    m_newAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_editAction->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_F2)});
    m_deleteAction->setShortcut(QKeySequence::Delete);
    for (QAction *action : {m_editAction, m_deleteAction, m_addTagAction, m_removeTagAction}) {
        action->setShortcutContext(Qt::WidgetShortcut);
        m_view->addAction(action);
    }
    m_newAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_newAction);
    auto *findAction = new QAction(this);
    findAction->setShortcut(QKeySequence::Find);
    findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(findAction, &QAction::triggered, this, [this] {
        m_searchEdit->setFocus();
        m_searchEdit->selectAll();
    });
    addAction(findAction);

    connect(m_newAction, &QAction::triggered, this, [this] { newRecord(); });
    connect(m_editAction, &QAction::triggered, this, [this] {
        if (const Id id = currentId())
            editRecord(id);
    });
    connect(m_view, &QTableView::doubleClicked, this, [this] {
        if (const Id id = currentId(); id && !m_readOnly)
            editRecord(id);
    });
    connect(m_deleteAction, &QAction::triggered, this, [this] {
        if (const QList<Id> ids = selectedIds(); !ids.isEmpty())
            deleteRecords(ids);
    });
    connect(m_addTagAction, &QAction::triggered, this, [this] { promptTag(true); });
    connect(m_removeTagAction, &QAction::triggered, this, [this] { promptTag(false); });

    m_filterDelay.setSingleShot(true);
    m_filterDelay.setInterval(filterDelayMs);
    // Typed text is searched for on the background reader, so that the next keystroke is
    // taken at once however many records the last one matched.
    connect(&m_filterDelay, &QTimer::timeout, this, [this] {
        m_typing = true;
        if (m_model)
            m_model->setRefreshInBackground(true);
        applyFilters(m_searchEdit->text());
        if (m_model)
            m_model->setRefreshInBackground(false);
    });
    connect(m_searchEdit, &QLineEdit::textChanged, this, &ListSection::filtersChanged);
    // Escape in the search box clears it, then goes back to the list.
    auto *clearSearch = new QAction(m_searchEdit);
    clearSearch->setShortcut(Qt::Key_Escape);
    clearSearch->setShortcutContext(Qt::WidgetShortcut);
    connect(clearSearch, &QAction::triggered, this, [this] {
        if (m_searchEdit->text().isEmpty())
            m_view->setFocus();
        m_searchEdit->clear();
    });
    m_searchEdit->addAction(clearSearch);
    connect(m_searchEdit, &QLineEdit::returnPressed, m_view, [this] {
        m_view->setFocus();
        if (!m_view->currentIndex().isValid() && m_model && m_model->rowCount() > 0)
            m_view->selectRow(0);
    });
}

ListSection::~ListSection() = default;

void ListSection::setModel(PagedTableModel *model)
{
    m_model = model;
    m_view->setModel(model);
    m_view->sortByColumn(model->sortColumn(), model->sortOrder());
    // The view moves the sort arrow before the model is asked; put it back when the model
    // declined a column it cannot sort by, so the arrow never claims an order that is not
    // there.
    QHeaderView *header = m_view->horizontalHeader();
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this, header](int column) {
        if (m_model->isSortable(column))
            return;
        const QSignalBlocker blocker(header);
        header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
        header->viewport()->update();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ListSection::onSelectionChanged);
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_selectionBeforeRefresh = selectedIds(); });
    connect(model, &PagedTableModel::refreshed, this, &ListSection::onModelRefreshed);
    onModelRefreshed();
}

void ListSection::setColumnWidths(const QList<int> &widths, int main)
{
    m_columnWidths = widths;
    m_mainColumn = main;
    {
        // The fitted widths fill the list exactly; a stretching last column would undo them.
        const QScopedValueRollback fitting(m_fittingColumns, true);
        m_view->horizontalHeader()->setStretchLastSection(false);
    }
    fitColumns();
}

void ListSection::fitColumns()
{
    if (m_columnWidths.isEmpty() || m_columnsByHand)
        return;
    QHeaderView *header = m_view->horizontalHeader();
    const int room = m_view->viewport()->width();
    const int share = std::max(room / 4, m_view->fontMetrics().averageCharWidth() * 16);
    const QList<int> widths =
        fitColumnWidths(m_columnWidths, m_mainColumn, room, share, header->minimumSectionSize());
    const QScopedValueRollback fitting(m_fittingColumns, true);
    for (int column = 0; column < std::min(int(widths.size()), header->count()); ++column)
        header->resizeSection(column, widths[column]);
}

bool ListSection::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

QList<Id> ListSection::selectedIds() const
{
    QList<Id> ids;
    if (!m_model)
        return ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        if (const Id id = m_model->idAt(index.row()))
            ids.append(id);
    }
    return ids;
}

Id ListSection::currentId() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!m_model || !current.isValid() ||
        !m_view->selectionModel()->isRowSelected(current.row(), {}))
        return 0;
    return m_model->idAt(current.row());
}

void ListSection::showRecord(Id id)
{
    if (!m_model)
        return;
    std::optional<int> row = m_model->rowOf(id);
    if (!row && (hasActiveFilters() || !m_searchEdit->text().isEmpty() || m_only)) {
        m_only.reset();
        m_onlyBanner->hide();
        const QSignalBlocker blocker(m_searchEdit);
        m_searchEdit->clear();
        clearFilters();
        m_filterDelay.stop();
        applyFilters({});
        row = m_model->rowOf(id);
    }
    if (row && m_model->idAt(*row) != id) {
        // The rows loaded so far are older than the position just read (another process
        // wrote in between): read the list again rather than select someone else.
        m_model->refreshNow();
        row = m_model->rowOf(id);
    }
    if (!row || m_model->idAt(*row) != id)
        return;
    const QModelIndex index = m_model->index(*row, 0);
    m_view->setCurrentIndex(index);
    m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect |
                                                QItemSelectionModel::Rows);
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

void ListSection::showOnly(const QList<Id> &ids, const QString &description)
{
    m_only = ids;
    m_onlyBanner->setText(tr("Showing %n record(s): %1 — <a href=\"all\">show all</a>", nullptr,
                             static_cast<int>(ids.size()))
                              .arg(description.toHtmlEscaped()));
    m_onlyBanner->show();
    const QSignalBlocker blocker(m_searchEdit);
    m_searchEdit->clear();
    clearFilters();
    m_filterDelay.stop();
    applyFilters({});
}

QList<Id> ListSection::onlyIds() const
{
    if (!m_only)
        return {};
    return m_only->isEmpty() ? QList<Id>{-1} : *m_only;
}

void ListSection::saveState(QSettings &settings) const
{
    settings.setValue(objectName() + QStringLiteral("/header"),
                      m_view->horizontalHeader()->saveState());
    settings.setValue(objectName() + QStringLiteral("/columnsByHand"), m_columnsByHand);
    settings.setValue(objectName() + QStringLiteral("/splitter"), m_splitter->saveState());
}

void ListSection::restoreState(const QSettings &settings)
{
    const QByteArray header =
        settings.value(objectName() + QStringLiteral("/header")).toByteArray();
    if (!header.isEmpty()) {
        const QScopedValueRollback fitting(m_fittingColumns, true);
        m_view->horizontalHeader()->restoreState(header); // the sort order, and any widths
        m_columnsByHand = settings.value(objectName() + QStringLiteral("/columnsByHand")).toBool();
        if (!m_columnWidths.isEmpty())
            m_view->horizontalHeader()->setStretchLastSection(false);
    }
    fitColumns();
    const QByteArray splitter =
        settings.value(objectName() + QStringLiteral("/splitter")).toByteArray();
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
}

void ListSection::filtersChanged()
{
    m_filterDelay.start();
}

void ListSection::clearFilters()
{
    m_filters->clear();
}

bool ListSection::hasActiveFilters() const
{
    return m_filters->isActive();
}

void ListSection::detailAction(const QString &action, Id id)
{
    if (action == QLatin1String("edit") && !m_readOnly)
        editRecord(id);
}

void ListSection::refreshDetail()
{
    const QList<Id> ids = selectedIds();
    if (ids.size() == 1) {
        m_detail->setHtml(detailHtml(ids.first()));
    } else if (ids.size() > 1) {
        m_detail->setHtml(QStringLiteral("<p>") +
                          tr("%n selected. Delete, Add Tag and Remove Tag "
                             "act on all of them.",
                             nullptr, static_cast<int>(ids.size())) +
                          QStringLiteral("</p>"));
    } else {
        m_detail->clear();
    }
}

void ListSection::updateEmptyState()
{
    const bool empty = !m_model || m_model->rowCount() == 0;
    const bool filtered = hasActiveFilters() || !m_searchEdit->text().trimmed().isEmpty() || m_only;
    m_emptyLabel->setText(emptyText(filtered));
    m_listStack->setCurrentWidget(empty ? static_cast<QWidget *>(m_emptyLabel) : m_view);
    for (QAction *action : {m_editAction, m_deleteAction, m_addTagAction, m_removeTagAction})
        action->setEnabled(!empty && !m_readOnly);
    m_newAction->setEnabled(!m_readOnly);
}

void ListSection::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateEmptyState();
}

void ListSection::onModelRefreshed()
{
    updateEmptyState();
    Q_EMIT countChanged(m_model->rowCount());
    // A section on a page of the main window that is not showing chooses its row when it is
    // shown: at start-up only the visible list reads a page of rows and its details.
    if (parentWidget() && !isVisible()) {
        m_selectionDeferred = true;
        return;
    }
    selectAfterRefresh();
}

void ListSection::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (std::exchange(m_selectionDeferred, false))
        selectAfterRefresh();
}

void ListSection::selectAfterRefresh()
{
    std::optional<int> row;
    if (const Id wanted = std::exchange(m_pendingSelection, 0)) {
        row = m_model->rowOf(wanted); // asked for by name: found wherever it is in the list
    } else if (!m_selectionBeforeRefresh.isEmpty() && !m_typing) {
        row = m_model->rowOf(m_selectionBeforeRefresh.first());
    } else if (!m_selectionBeforeRefresh.isEmpty()) {
        // While the user types, kept only if still among the first rows: finding it further
        // down costs a pass over the whole filtered list on every keystroke.
        const Id kept = m_selectionBeforeRefresh.first();
        const int firstRows = qMin(m_model->rowCount(), keptSelectionRows);
        for (int r = 0; r < firstRows && !row; ++r) {
            if (m_model->idAt(r) == kept)
                row = r;
        }
    }
    m_selectionBeforeRefresh.clear();
    m_typing = false;
    // The details pane is never blank while there is something to show.
    if (!row && m_model->rowCount() > 0)
        row = 0;
    if (row) {
        const QModelIndex index = m_model->index(*row, 0);
        const QScopedValueRollback selecting(m_selecting, true); // one detail read, below
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
        m_view->scrollTo(index);
    }
    refreshDetail();
}

void ListSection::onSelectionChanged()
{
    if (!m_selecting)
        refreshDetail();
}

void ListSection::onLinkClicked(const QUrl &url)
{
    if (url.scheme() != QLatin1String("kith")) {
        QDesktopServices::openUrl(url); // profile pages, websites, mailto:
        return;
    }
    // kith:<kind>/<id> opens a record; kith:action/<name>/<id> runs an action of this section.
    const QStringList parts = url.path().split(QLatin1Char('/'));
    if (parts.size() == 3 && parts[0] == QLatin1String("action")) {
        detailAction(parts[1], parts[2].toLongLong());
        return;
    }
    if (parts.size() == 2) {
        if (const std::optional<EntityKind> kind = enumFromKey<EntityKind>(parts[0]))
            Q_EMIT navigateTo(*kind, parts[1].toLongLong());
    }
}

} // namespace kith::ui
