#include "GlobalSearchDialog.h"

#include "session/Session.h"
#include "storage/Search.h"

#include <QHash>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kith::ui {

namespace {

constexpr int searchDelayMs = 100; // skips keystrokes in a burst, still feels instant
constexpr int maxHits = 50;
constexpr int kindRole = Qt::UserRole + 1;
constexpr int idRole = Qt::UserRole + 2;

QString groupTitle(EntityKind kind)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("kith::ui::GlobalSearchDialog", text);
    };
    switch (kind) {
    case EntityKind::Person:
        return tr("People");
    case EntityKind::Organization:
        return tr("Organizations");
    case EntityKind::Membership:
        return tr("Memberships");
    case EntityKind::Group:
        return tr("Groups");
    case EntityKind::Recommendation:
        return tr("Recommendations");
    case EntityKind::Event:
        return tr("Events");
    case EntityKind::Interaction:
        return tr("Interactions");
    case EntityKind::Tag:
        return tr("Tags");
    case EntityKind::Setting:
        return tr("Settings");
    }
    return {};
}

QString hintText()
{
    return QCoreApplication::translate(
        "kith::ui::GlobalSearchDialog",
        "Type to search every person, organization, group, event, recommendation and "
        "interaction.\n\n↑ ↓ move, Enter opens, Esc closes.");
}

// The sidebar's order, so each kind of result is always in the same place.
constexpr EntityKind groupOrder[] = {
    EntityKind::Person,      EntityKind::Organization, EntityKind::Membership,
    EntityKind::Group,       EntityKind::Event,        EntityKind::Recommendation,
    EntityKind::Interaction, EntityKind::Tag,          EntityKind::Setting};

bool isHit(const QTreeWidgetItem *item)
{
    return item && item->parent();
}

} // namespace

struct GlobalSearchDialog::Parts
{
    QLineEdit *edit = nullptr;
    QStackedWidget *stack = nullptr;
    QTreeWidget *results = nullptr;
    QLabel *message = nullptr;
    QTimer delay;
    std::optional<QString> searched; // the text the shown results or message are for
    quint64 searches = 0;            // counts searches asked for; older answers are dropped
    bool searching = false;          // an answer is on its way from the background reader
    bool chooseWhenShown = false;    // Enter came before the answer to what was typed
};

GlobalSearchDialog::GlobalSearchDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_parts(std::make_unique<Parts>())
{
    setObjectName(QStringLiteral("globalSearchDialog"));
    setWindowTitle(tr("Find Anything"));
    Parts &p = *m_parts;
    p.edit = new QLineEdit(this);
    p.edit->setObjectName(QStringLiteral("globalSearchEdit"));
    p.edit->setAccessibleName(tr("Search everything"));
    p.edit->setPlaceholderText(tr("People, organizations, groups, events, notes…"));
    p.edit->setClearButtonEnabled(true);
    p.edit->installEventFilter(this);

    p.results = new QTreeWidget(this);
    p.results->setObjectName(QStringLiteral("globalSearchResults"));
    p.results->setAccessibleName(tr("Results"));
    p.results->setColumnCount(2);
    p.results->setHeaderHidden(true);
    p.results->setRootIsDecorated(false);
    p.results->setItemsExpandable(false);
    p.results->setUniformRowHeights(true);
    p.results->setFocusPolicy(Qt::NoFocus); // typing stays in the search box
    p.results->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    p.results->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    p.results->header()->setStretchLastSection(true);

    p.message = new QLabel(this);
    p.message->setObjectName(QStringLiteral("globalSearchMessage"));
    p.message->setAlignment(Qt::AlignCenter);
    p.message->setWordWrap(true);
    p.message->setForegroundRole(QPalette::PlaceholderText);
    p.stack = new QStackedWidget(this);
    p.stack->addWidget(p.message);
    p.stack->addWidget(p.results);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(p.edit);
    layout->addWidget(p.stack, 1);

    p.delay.setSingleShot(true);
    p.delay.setInterval(searchDelayMs);
    connect(&p.delay, &QTimer::timeout, this, &GlobalSearchDialog::searchNow);
    connect(p.edit, &QLineEdit::textChanged, &p.delay, qOverload<>(&QTimer::start));
    connect(p.edit, &QLineEdit::returnPressed, this, [this] {
        searchNow(); // Enter right after typing must not act on stale results
        if (m_parts->searching)
            m_parts->chooseWhenShown = true;
        else
            choose(m_parts->results->currentItem());
    });
    connect(p.results, &QTreeWidget::itemDoubleClicked, this,
            [this](QTreeWidgetItem *item) { choose(item); });
    connect(p.results, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        if (isHit(item))
            m_parts->results->setCurrentItem(item);
    });

    showMessage(hintText());
    resize(560, 420);
    p.edit->setFocus();
}

GlobalSearchDialog::~GlobalSearchDialog() = default;

void GlobalSearchDialog::searchNow()
{
    Parts &p = *m_parts;
    p.delay.stop();
    const QString text = p.edit->text();
    if (p.searched == text)
        return; // already showing what this text finds
    p.searched = text;
    if (text.trimmed().isEmpty()) {
        p.results->clear();
        showMessage(hintText());
        return;
    }
    // On the background reader: the window takes the next keystroke whatever the text.
    const quint64 search = ++p.searches;
    p.searching = true;
    m_session.reader().run<Result<QList<SearchHit>>>(
        this, [text](Database &db) { return Search(db).search(text, maxHits); },
        [this, text, search](std::optional<Result<QList<SearchHit>>> hits) {
            if (search != m_parts->searches)
                return; // typed over
            m_parts->searching = false;
            showAnswer(text, hits ? *hits : Search(m_session.db()).search(text, maxHits));
            if (std::exchange(m_parts->chooseWhenShown, false))
                choose(m_parts->results->currentItem());
        });
}

void GlobalSearchDialog::showAnswer(const QString &text, const Result<QList<SearchHit>> &hits)
{
    Parts &p = *m_parts;
    if (!hits) {
        p.results->clear();
        showMessage(hits.error().message());
        return;
    }
    if (hits->isEmpty()) {
        p.results->clear();
        showMessage(tr("Nothing matches “%1”.").arg(text.trimmed()));
        return;
    }
    showHits(*hits);
}

void GlobalSearchDialog::showMessage(const QString &text)
{
    m_parts->message->setText(text);
    m_parts->stack->setCurrentWidget(m_parts->message);
}

void GlobalSearchDialog::showHits(const QList<SearchHit> &hits)
{
    // Inside a group the search's ranking is kept.
    QHash<int, QList<const SearchHit *>> byKind;
    for (const SearchHit &hit : hits)
        byKind[int(hit.kind)].append(&hit);

    QTreeWidget *results = m_parts->results;
    results->clear();
    QTreeWidgetItem *first = nullptr;
    for (EntityKind kind : groupOrder) {
        const QList<const SearchHit *> group = byKind.value(int(kind));
        if (group.isEmpty())
            continue;
        auto *header = new QTreeWidgetItem(results);
        header->setText(0, QStringLiteral("%1 (%2)").arg(groupTitle(kind)).arg(group.size()));
        header->setFlags(Qt::ItemIsEnabled); // a heading, never selected
        QFont bold = header->font(0);
        bold.setBold(true);
        header->setFont(0, bold);
        header->setFirstColumnSpanned(true);
        for (const SearchHit *hit : group) {
            auto *item = new QTreeWidgetItem(header);
            item->setText(0, hit->title);
            item->setText(1, hit->subtitle);
            item->setToolTip(0, hit->subtitle.isEmpty()
                                    ? hit->title
                                    : hit->title + QLatin1Char('\n') + hit->subtitle);
            item->setForeground(1, results->palette().brush(QPalette::PlaceholderText));
            item->setData(0, kindRole, int(hit->kind));
            item->setData(0, idRole, hit->id);
            if (!first)
                first = item;
        }
    }
    results->expandAll();
    results->setCurrentItem(first);
    m_parts->stack->setCurrentWidget(results);
}

void GlobalSearchDialog::moveCurrent(int step)
{
    QTreeWidget *results = m_parts->results;
    QTreeWidgetItem *item = results->currentItem();
    if (!item)
        return;
    // Walks the visible rows, stepping over the group headings.
    QTreeWidgetItemIterator it(item);
    for (;;) {
        step > 0 ? ++it : --it;
        if (!*it)
            return; // stay on the first or last result
        if (isHit(*it)) {
            results->setCurrentItem(*it);
            results->scrollToItem(*it);
            return;
        }
    }
}

void GlobalSearchDialog::choose(QTreeWidgetItem *item)
{
    if (!isHit(item))
        return;
    const auto kind = EntityKind(item->data(0, kindRole).toInt());
    const Id id = item->data(0, idRole).toLongLong();
    accept();
    Q_EMIT recordChosen(kind, id);
}

bool GlobalSearchDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_parts->edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool move = key->key() == Qt::Key_Down || key->key() == Qt::Key_Up;
        if (move) {
            searchNow();
            moveCurrent(key->key() == Qt::Key_Down ? 1 : -1);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace kith::ui
