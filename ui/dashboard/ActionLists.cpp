#include "ActionLists.h"

#include "session/Session.h"
#include "storage/InteractionStore.h"
#include "storage/MembershipStore.h"
#include "storage/PersonStore.h"
#include "widgets/Format.h"
#include "widgets/MessageBox.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kith::ui {

namespace {

constexpr int snoozeDays = 7;

// What a row stands for, kept in its first column.
enum ItemRole
{
    KindRole = Qt::UserRole + 1,
    IdRole,
    PeopleRole,
    MoreRole
};

enum class More
{
    FollowUps = 1,
    PastCadence
};

// The last row of a list cut short: activating it shows all the records.
void addMoreRow(QTreeWidget *list, qsizetype hidden, const QString &text, More more)
{
    if (hidden <= 0)
        return;
    auto *item = new QTreeWidgetItem(list, {text});
    item->setData(0, MoreRole, int(more));
    item->setFirstColumnSpanned(true);
    QFont font = item->font(0);
    font.setItalic(true);
    item->setFont(0, font);
}

// Every column fits its contents except `stretch`, which takes the rest, so the row buttons
// in the last column stay in view without scrolling.
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
    list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    list->header()->setSectionResizeMode(stretch, QHeaderView::Stretch);
    list->setTextElideMode(Qt::ElideRight);
    return list;
}

QWidget *boxed(QWidget *parent, const QString &title, QWidget *content)
{
    auto *box = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(content);
    return box;
}

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
        connect(list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
            switch (More(item->data(0, MoreRole).toInt())) {
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
    m_events->clear();
    for (const insights::UpcomingEvent &event : s.upcomingEvents) {
        const QString dates =
            event.endDate.isValid() && event.endDate != event.startDate
                ? tr("%1 – %2").arg(formatDate(event.startDate), formatDate(event.endDate))
                : formatDate(event.startDate);
        QString deadline;
        if (event.nextDeadline)
            deadline = tr("%1, %2").arg(enumLabel(event.nextDeadline->kind),
                                        formatRelative(event.nextDeadline->due, today));
        auto *item = new QTreeWidgetItem(
            m_events, {event.name, dates, enumLabel(event.status), deadline,
                       formatMoney(event.plannedTotal.cents, event.plannedTotal.currency)});
        item->setData(0, KindRole, int(EntityKind::Event));
        item->setData(0, IdRole, event.eventId);
    }

    m_renewals->clear();
    for (const insights::RenewalDue &renewal : s.renewals) {
        const QString dues =
            renewal.dues ? formatMoney(renewal.dues->cents, renewal.dues->currency) : QString();
        auto *item = new QTreeWidgetItem(
            m_renewals,
            {renewal.organizationName, renewal.personId ? renewal.personName : tr("You"),
             formatRelative(renewal.renewalDate, today), dues, QString()});
        item->setData(0, KindRole, int(EntityKind::Membership));
        item->setData(0, IdRole, renewal.membershipId);
        item->setToolTip(2, formatDate(renewal.renewalDate));
        if (!renewal.personId)
            addButtons(item, {{tr("Renewed"), &ActionLists::renew}});
    }

    m_due->clear();
    const QList<std::pair<QString, void (ActionLists::*)(QTreeWidgetItem *)>> actions = {
        {tr("Log"), &ActionLists::logInteraction},
        {tr("Snooze"), &ActionLists::snooze},
        {tr("Done"), &ActionLists::markDone}};
    for (const insights::FollowUpDue &followUp : s.followUps) {
        QStringList names;
        QList<Id> people;
        for (const insights::PersonRef &person : followUp.people) {
            names.append(person.name);
            people.append(person.id);
        }
        auto *item = new QTreeWidgetItem(m_due, {names.join(QStringLiteral(", ")),
                                                 tr("Follow up: %1").arg(followUp.summary),
                                                 formatRelative(followUp.due, today), QString()});
        item->setData(0, KindRole, int(EntityKind::Interaction));
        item->setData(0, IdRole, followUp.interactionId);
        item->setData(0, PeopleRole, toVariant(people));
        addButtons(item, actions);
    }
    addMoreRow(m_due, s.followUpCounts.due - s.followUps.size(),
               tr("…and %n more follow-up(s): show them all", nullptr,
                  int(s.followUpCounts.due - s.followUps.size())),
               More::FollowUps);
    // A row with buttons costs a widget; past a screenful the list says how many more.
    const qsizetype shownCadence = qMin<qsizetype>(s.pastCadence.size(), s.options.listLength);
    for (const insights::CadenceDue &cadence : s.pastCadence.first(shownCadence)) {
        const QString last = cadence.lastContact.isValid()
                                 ? formatRelative(cadence.lastContact, today)
                                 : tr("never");
        auto *item = new QTreeWidgetItem(
            m_due, {cadence.name,
                    tr("Keep in touch every %1 days (last: %2)").arg(cadence.cadenceDays).arg(last),
                    formatRelative(cadence.due, today), QString()});
        item->setData(0, KindRole, int(EntityKind::Person));
        item->setData(0, IdRole, cadence.personId);
        item->setData(0, PeopleRole, toVariant({cadence.personId}));
        addButtons(item, actions);
    }
    addMoreRow(m_due, s.pastCadenceCounts.due - shownCadence,
               tr("…and %n more to get in touch with: show them all", nullptr,
                  int(s.pastCadenceCounts.due - shownCadence)),
               More::PastCadence);
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
