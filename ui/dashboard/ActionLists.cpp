#include "ActionLists.h"

#include "session/Session.h"
#include "storage/InteractionStore.h"
#include "storage/MembershipStore.h"
#include "storage/PersonStore.h"
#include "widgets/ColumnFit.h"
#include "widgets/Format.h"
#include "widgets/MessageBox.h"

#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace kith::ui {

namespace {

constexpr int snoozeDays = 7;

// What a row stands for, kept in its first column.
enum ItemRole
{
    KindRole = Qt::UserRole + 1,
    IdRole,
    PeopleRole,
    MoreRole,
    ButtonsRole,
    DateTipRole
};

using More = ActionLists::More;

QVariantList toVariant(const QList<Id> &ids)
{
    QVariantList list;
    for (Id id : ids)
        list.append(id);
    return list;
}

QList<Id> fromVariant(const QVariant &value)
{
    QList<Id> ids;
    for (const QVariant &id : value.toList())
        ids.append(id.toLongLong());
    return ids;
}

} // namespace

// One row of a list, as show() computes it before any item exists.
struct ActionLists::Row
{
    QStringList texts;
    EntityKind kind = EntityKind::Person;
    Id id = 0;
    QList<Id> people;
    QString dateTip; // the tooltip of the third column, when not its text
    Buttons buttons = Buttons::None;
    More more = More::None; // the last row of a list cut short: activating it shows all

    Row() = default;
    // What an item of fill() shows, to leave it alone when nothing changed.
    explicit Row(const QTreeWidgetItem &item)
        : kind(EntityKind(item.data(0, KindRole).toInt()))
        , id(item.data(0, IdRole).toLongLong())
        , people(fromVariant(item.data(0, PeopleRole)))
        , dateTip(item.data(0, DateTipRole).toString())
        , buttons(Buttons(item.data(0, ButtonsRole).toInt()))
        , more(More(item.data(0, MoreRole).toInt()))
    {
        for (int column = 0; column < item.columnCount(); ++column)
            texts.append(item.text(column));
    }
    bool operator==(const Row &) const = default;
};

namespace {

// The last row of a list cut short.
void addMoreRow(QList<ActionLists::Row> &rows, qsizetype hidden, const QString &text, More more)
{
    if (hidden <= 0)
        return;
    ActionLists::Row row;
    row.texts = {text};
    row.more = more;
    rows.append(row);
}

constexpr char stretchColumnProperty[] = "kithStretchColumn";

// Every column fits its contents (fitColumns) except `stretch`, which takes the rest, so the
// row buttons in the last column stay in view without scrolling.
QTreeWidget *makeList(QWidget *parent, const QString &name, const QStringList &headers, int stretch)
{
    auto *list = new QTreeWidget(parent);
    list->setObjectName(name);
    list->setHeaderLabels(headers);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setAlternatingRowColors(true);
    list->setMinimumHeight(180);
    list->header()->setStretchLastSection(false);
    list->header()->setSectionResizeMode(QHeaderView::Interactive);
    list->header()->setSectionResizeMode(stretch, QHeaderView::Stretch);
    list->setProperty(stretchColumnProperty, stretch);
    list->setTextElideMode(Qt::ElideRight);
    auto *empty = new QLabel(list->viewport());
    empty->setObjectName(name + QStringLiteral("Empty"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setMargin(12);
    empty->setForegroundRole(QPalette::PlaceholderText);
    empty->hide();
    return list;
}

QLabel *emptyLabel(const QTreeWidget *list)
{
    return list->viewport()->findChild<QLabel *>(list->objectName() + QStringLiteral("Empty"),
                                                 Qt::FindDirectChildrenOnly);
}

// Sizes the columns to their contents once per fill and when the list is resized (a column
// that fitted its contents by itself would be measured again at every change of a row). The
// stretching column, the one that says which record the row is, keeps a quarter of what the
// buttons leave and at least about 16 characters; the other text columns share the rest, the
// widest eliding first with the whole text in a tooltip. Without that, a long date range or
// deadline left the record's name a few pixels wide.
void fitColumns(QTreeWidget *list)
{
    QHeaderView *header = list->header();
    const int stretch = list->property(stretchColumnProperty).toInt();
    const int last = header->count() - 1;
    const bool hasButtons = list->headerItem()->text(last).isEmpty();
    // QTreeView hides its override; the base class's is public and virtual.
    const QAbstractItemView *view = list;
    QList<int> widths(header->count(), 0);
    QList<int> texts;
    int buttons = 0;
    for (int column = 0; column < header->count(); ++column) {
        if (column == stretch)
            continue;
        widths[column] = std::max(view->sizeHintForColumn(column), header->sectionSizeHint(column));
        if (hasButtons && column == last)
            buttons = widths[column];
        else
            texts.append(widths[column]);
    }
    const int left = std::max(0, list->viewport()->width() - buttons);
    const int named = std::max(left / 4, list->fontMetrics().averageCharWidth() * 16);
    const int room = std::max(0, left - named);
    const int level = std::max(header->minimumSectionSize(), widestToFit(texts, room));
    for (int column = 0; column < header->count(); ++column) {
        if (column == stretch)
            continue;
        const bool isButtons = hasButtons && column == last;
        header->resizeSection(column, isButtons ? widths[column] : std::min(widths[column], level));
    }
}

QWidget *boxed(QWidget *parent, const QString &title, QWidget *content)
{
    auto *box = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(content);
    return box;
}

} // namespace

ActionLists::ActionLists(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_events(makeList(
          this, QStringLiteral("upcomingEventsList"),
          {tr("Event"), tr("Dates"), tr("Status"), tr("Next deadline"), tr("Planned cost")}, 0))
    , m_renewals(makeList(this, QStringLiteral("renewalsList"),
                          {tr("Organization"), tr("Member"), tr("Renewal"), tr("Dues"), QString()},
                          0))
    , m_due(makeList(this, QStringLiteral("dueList"), {tr("Who"), tr("What"), tr("Due"), QString()},
                     1))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(boxed(this, tr("Follow-ups and people to get in touch with"), m_due));
    auto *below = new QHBoxLayout;
    below->addWidget(boxed(this, tr("Upcoming events"), m_events), 3);
    below->addWidget(boxed(this, tr("Renewals due"), m_renewals), 2);
    layout->addLayout(below);

    for (QTreeWidget *list : {m_events, m_renewals, m_due}) {
        list->viewport()->installEventFilter(this); // refits the columns (fitColumns)
        connect(list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
            switch (More(item->data(0, MoreRole).toInt())) {
            case More::None:
                break;
            case More::FollowUps:
                Q_EMIT allFollowUpsRequested();
                return;
            case More::PastCadence:
                Q_EMIT allPastCadenceRequested();
                return;
            }
            Q_EMIT showRecord(EntityKind(item->data(0, KindRole).toInt()),
                              item->data(0, IdRole).toLongLong());
        });
    }
}

void ActionLists::addButtons(
    QTreeWidgetItem *item,
    const QList<std::pair<QString, void (ActionLists::*)(QTreeWidgetItem *)>> &buttons)
{
    if (m_session.isReadOnly())
        return; // Log, Snooze, Done and Renewed would all change the file
    auto *cell = new QWidget;
    auto *layout = new QHBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    for (const auto &[label, action] : buttons) {
        auto *button = new QPushButton(label, cell);
        button->setObjectName(QString(label).remove(QLatin1Char('&')).toLower() +
                              QStringLiteral("Button"));
        button->setAutoDefault(false);
        const auto run = action;
        connect(button, &QPushButton::clicked, this, [this, item, run] { (this->*run)(item); });
        layout->addWidget(button);
    }
    item->treeWidget()->setItemWidget(item, item->columnCount() - 1, cell);
}

void ActionLists::show(const insights::DashboardSnapshot &s)
{
    const QDate today = s.options.asOf;
    QList<Row> events;
    for (const insights::UpcomingEvent &event : s.upcomingEvents) {
        const QString dates = formatDateRange(event.startDate, event.endDate);
        QString deadline;
        if (event.nextDeadline)
            deadline = tr("%1, %2").arg(enumLabel(event.nextDeadline->kind),
                                        formatRelative(event.nextDeadline->due, today));
        Row row;
        row.texts = {event.name, dates, enumLabel(event.status), deadline,
                     formatMoney(event.plannedTotal.cents, event.plannedTotal.currency)};
        row.kind = EntityKind::Event;
        row.id = event.eventId;
        events.append(row);
    }
    fill(m_events, events, tr("No events in the next %n day(s).", nullptr, s.options.eventDays));

    QList<Row> renewals;
    for (const insights::RenewalDue &renewal : s.renewals) {
        const QString dues =
            renewal.dues ? formatMoney(renewal.dues->cents, renewal.dues->currency) : QString();
        Row row;
        row.texts = {renewal.organizationName, renewal.personId ? renewal.personName : tr("You"),
                     formatRelative(renewal.renewalDate, today), dues, QString()};
        row.kind = EntityKind::Membership;
        row.id = renewal.membershipId;
        row.dateTip = formatDate(renewal.renewalDate);
        row.buttons = renewal.personId ? Buttons::None : Buttons::Renew;
        renewals.append(row);
    }
    fill(m_renewals, renewals,
         tr("No memberships renew in the next %n day(s).", nullptr, s.options.reminderDays));

    QList<Row> due;
    for (const insights::FollowUpDue &followUp : s.followUps) {
        QStringList names;
        Row row;
        for (const insights::PersonRef &person : followUp.people) {
            names.append(person.name);
            row.people.append(person.id);
        }
        row.texts = {names.join(QStringLiteral(", ")), tr("Follow up: %1").arg(followUp.summary),
                     formatRelative(followUp.due, today), QString()};
        row.kind = EntityKind::Interaction;
        row.id = followUp.interactionId;
        row.buttons = Buttons::DueActions;
        due.append(row);
    }
    addMoreRow(due, s.followUpCounts.due - s.followUps.size(),
               tr("…and %n more follow-up(s): show them all", nullptr,
                  int(s.followUpCounts.due - s.followUps.size())),
               More::FollowUps);
    // A row with buttons costs a widget; past a screenful the list says how many more.
    const qsizetype shownCadence = qMin<qsizetype>(s.pastCadence.size(), s.options.listLength);
    for (const insights::CadenceDue &cadence : s.pastCadence.first(shownCadence)) {
        const QString last = cadence.lastContact.isValid()
                                 ? formatRelative(cadence.lastContact, today)
                                 : tr("never");
        Row row;
        row.texts = {
            cadence.name,
            tr("Keep in touch every %1 days (last: %2)").arg(cadence.cadenceDays).arg(last),
            formatRelative(cadence.due, today), QString()};
        row.kind = EntityKind::Person;
        row.id = cadence.personId;
        row.people = {cadence.personId};
        row.buttons = Buttons::DueActions;
        due.append(row);
    }
    addMoreRow(due, s.pastCadenceCounts.due - shownCadence,
               tr("…and %n more to get in touch with: show them all", nullptr,
                  int(s.pastCadenceCounts.due - shownCadence)),
               More::PastCadence);
    fill(m_due, due,
         tr("Nobody to follow up with or get in touch with in the next %n day(s).", nullptr,
            s.options.reminderDays));
}

// Rows are updated where they stand, and a row's buttons stay while it keeps the same kind
// of buttons: making and polishing a widget per row at every refresh would cost far more
// than the figures behind them.
void ActionLists::fill(QTreeWidget *list, const QList<Row> &rows, const QString &emptyText)
{
    QLabel *empty = emptyLabel(list);
    empty->setText(emptyText);
    empty->setGeometry(list->viewport()->rect());
    empty->setVisible(rows.isEmpty());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        Row row = rows.at(i);
        row.texts.resize(list->columnCount());
        QTreeWidgetItem *item = list->topLevelItem(int(i));
        if (!item)
            item = new QTreeWidgetItem(list);
        else if (Row(*item) == row)
            continue;
        // Every cell's text is its tooltip too, for when the column elides it.
        for (int column = 0; column < list->columnCount(); ++column) {
            item->setText(column, row.texts.at(column));
            item->setToolTip(column, column == 2 && !row.dateTip.isEmpty() ? row.dateTip
                                                                           : row.texts.at(column));
        }
        item->setData(0, DateTipRole, row.dateTip);
        item->setData(0, KindRole, int(row.kind));
        item->setData(0, IdRole, row.id);
        item->setData(0, PeopleRole, toVariant(row.people));
        item->setData(0, MoreRole, int(row.more));
        QFont font = item->font(0);
        font.setItalic(row.more != More::None);
        item->setFont(0, font);
        item->setFirstColumnSpanned(row.more != More::None);
        if (Buttons(item->data(0, ButtonsRole).toInt()) != row.buttons) {
            item->setData(0, ButtonsRole, int(row.buttons));
            list->removeItemWidget(item, list->columnCount() - 1);
            if (row.buttons == Buttons::Renew)
                addButtons(item, {{tr("Renewed"), &ActionLists::renew}});
            else if (row.buttons == Buttons::DueActions)
                addButtons(item, {{tr("Log"), &ActionLists::logInteraction},
                                  {tr("Snooze"), &ActionLists::snooze},
                                  {tr("Done"), &ActionLists::markDone}});
        }
    }
    while (list->topLevelItemCount() > rows.size())
        delete list->takeTopLevelItem(list->topLevelItemCount() - 1);
    fitColumns(list);
}

bool ActionLists::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize) {
        for (QTreeWidget *list : {m_events, m_renewals, m_due}) {
            if (watched == list->viewport()) {
                fitColumns(list);
                emptyLabel(list)->setGeometry(list->viewport()->rect());
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ActionLists::logInteraction(QTreeWidgetItem *item)
{
    Q_EMIT logInteractionRequested(fromVariant(item->data(0, PeopleRole)));
}

void ActionLists::snooze(QTreeWidgetItem *item)
{
    const Id id = item->data(0, IdRole).toLongLong();
    const QDate until = m_session.today().addDays(snoozeDays);
    const QString who = item->text(0);
    if (EntityKind(item->data(0, KindRole).toInt()) == EntityKind::Interaction) {
        InteractionStore store(m_session.db());
        report(m_session.perform(tr("Snooze follow-up with %1").arg(who),
                                 [&] { return store.snoozeFollowUp(id, until); }));
    } else {
        PersonStore store(m_session.db());
        report(m_session.perform(tr("Snooze keeping in touch with %1").arg(who),
                                 [&] { return store.snoozeKeepInTouch(id, until); }));
    }
}

void ActionLists::markDone(QTreeWidgetItem *item)
{
    const Id id = item->data(0, IdRole).toLongLong();
    const QString who = item->text(0);
    InteractionStore store(m_session.db());
    if (EntityKind(item->data(0, KindRole).toInt()) == EntityKind::Interaction) {
        report(m_session.perform(tr("Follow-up with %1 done").arg(who),
                                 [&] { return store.markFollowUpDone(id, m_session.today()); }));
        return;
    }
    // Keeping in touch is done by being in touch: it is logged, which resets the cadence.
    Interaction contact;
    contact.date = m_session.today();
    contact.kind = InteractionKind::Message;
    contact.personIds = {id};
    contact.summary = tr("Kept in touch");
    report(m_session.perform(tr("Kept in touch with %1").arg(who),
                             [&] { return store.create(contact); }));
}

void ActionLists::renew(QTreeWidgetItem *item)
{
    MembershipStore store(m_session.db());
    Result<Membership> membership = store.get(item->data(0, IdRole).toLongLong());
    if (!membership) {
        report(membership.error());
        return;
    }
    // The next renewal is one period after this one; one-time dues have none.
    const QDate from =
        membership->renewalDate.isValid() ? membership->renewalDate : m_session.today();
    switch (membership->duesPeriod) {
    case DuesPeriod::Year:
        membership->renewalDate = from.addYears(1);
        break;
    case DuesPeriod::Quarter:
        membership->renewalDate = from.addMonths(3);
        break;
    case DuesPeriod::Month:
        membership->renewalDate = from.addMonths(1);
        break;
    case DuesPeriod::Once:
        membership->renewalDate = QDate();
        break;
    }
    membership->status = MembershipStatus::Active;
    report(m_session.perform(tr("Renew %1").arg(item->text(0)),
                             [&] { return store.update(*membership); }));
}

void ActionLists::report(const Status &status)
{
    if (!status)
        MessageBox::warning(this, tr("Dashboard"), status.error().message());
}

} // namespace kith::ui
