#include "PeopleSection.h"

#include "PeopleModel.h"
#include "PersonDetail.h"
#include "PersonEditor.h"
#include "session/Session.h"
#include "storage/PersonStore.h"
#include "widgets/FilterBar.h"

#include <QAction>
#include <QLineEdit>
#include <QTableView>

namespace kith::ui {

PeopleSection::PeopleSection(Session &session, QWidget *parent)
    : ListSection(session, EntityKind::Person, QStringLiteral("people"), parent)
    , m_model(new PeopleModel(session, this))
    , m_relationshipFilter(filters()->addEnumChoice<RelationshipKind>(
          QStringLiteral("Relationship"), tr("Relationship"), tr("Any relationship")))
{
    searchEdit()->setPlaceholderText(tr("Search people by name, job, e-mail, notes… (Ctrl+F)"));
    filters()->addTagChoice(session, EntityKind::Person);
    RecordActions actions;
    actions.useStore<PersonStore>(session);
    actions.name = [&session](Id id) {
        return PersonStore(session.db()).displayName(id).valueOr({});
    };
    actions.count = [](int count) { return tr("%n people", nullptr, count); };
    actions.consequences = tr("Their recommendations, memberships and the interactions nobody "
                              "else took part in go too. You can undo this (Ctrl+Z).");
    setRecordActions(std::move(actions));

    auto *logAction = new QAction(tr("&Log Interaction…"), this);
    logAction->setObjectName(QStringLiteral("logInteractionAction"));
    logAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    logAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(logAction, &QAction::triggered, this, [this] {
        if (const QList<Id> ids = selectedIds(); !ids.isEmpty())
            Q_EMIT logInteractionRequested(ids);
    });
    addAction(logAction);
    view()->addAction(logAction);

    setModel(m_model);
    // Name, Title, Organization, Location, KnownSince, LastContact
    setColumnWidths({200, 170, 190, 140, 100, 110}, PeopleModel::Name);
}

void PeopleSection::applyFilters(const QString &searchText)
{
    PersonFilter filter;
    filter.text = searchText;
    filter.relationship = FilterBar::chosen<RelationshipKind>(m_relationshipFilter);
    if (const QString tag = filters()->chosenTag(); !tag.isEmpty())
        filter.tags = {tag};
    filter.ids = onlyIds();
    m_model->setFilter(filter);
}

QString PeopleSection::detailHtml(Id id)
{
    return personDetailHtml(session(), id);
}

void PeopleSection::newRecord()
{
    openEditor<PersonEditor>(Person{});
}

void PeopleSection::editRecord(Id id)
{
    editWith<PersonEditor, PersonStore>(id, tr("Edit Person"));
}

QString PeopleSection::emptyText(bool filtered) const
{
    if (filtered)
        return tr("Nobody matches. Clear the search (Esc) or the filters to see everyone.");
    return tr("No people yet.\n\nAdd someone with New (Ctrl+Shift+N) or Quick Add (Ctrl+N), or "
              "import your LinkedIn connections or a vCard file from the File menu.");
}

void PeopleSection::detailAction(const QString &action, Id id)
{
    if (action == QLatin1String("log"))
        Q_EMIT logInteractionRequested({id});
    else
        ListSection::detailAction(action, id);
}

} // namespace kith::ui
