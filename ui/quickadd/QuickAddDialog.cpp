#include "QuickAddDialog.h"

#include "QuickAddForms.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTabBar>
#include <QVBoxLayout>

namespace kith::ui {

struct QuickAddDialog::Forms
{
    QTabBar *tabs = nullptr;
    QStackedWidget *stack = nullptr;
    QList<QuickAddForm *> forms;
    QDialogButtonBox *buttons = nullptr;

    QuickAddForm *current() const { return forms.value(stack->currentIndex()); }
};

QuickAddDialog::QuickAddDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_forms(std::make_unique<Forms>())
{
    setObjectName(QStringLiteral("quickAddDialog"));
    setWindowTitle(tr("Quick Add"));
    m_forms->tabs = new QTabBar(this);
    m_forms->tabs->setObjectName(QStringLiteral("quickAddTabs"));
    m_forms->tabs->setAccessibleName(tr("What to add"));
    m_forms->tabs->setFocusPolicy(Qt::NoFocus); // Alt+1/2/3 switch; Tab stays in the form
    m_forms->stack = new QStackedWidget(this);
    m_forms->stack->setObjectName(QStringLiteral("quickAddForms"));
    m_forms->forms = {new QuickPersonForm(m_session, this),
                      new QuickRecommendationForm(m_session, this),
                      new QuickInteractionForm(m_session, this)};
    for (int i = 0; i < m_forms->forms.size(); ++i) {
        QuickAddForm *form = m_forms->forms[i];
        m_forms->tabs->addTab(form->title());
        m_forms->tabs->setTabToolTip(i, tr("Alt+%1").arg(i + 1));
        m_forms->stack->addWidget(form);
        auto *shortcut = new QShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)), this);
        connect(shortcut, &QShortcut::activated, this, [this, i] { showMode(i); });
    }

    m_forms->buttons =
        new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    QPushButton *save = m_forms->buttons->button(QDialogButtonBox::Save);
    save->setObjectName(QStringLiteral("saveButton"));
    save->setDefault(true);
    m_forms->buttons->button(QDialogButtonBox::Cancel)
        ->setObjectName(QStringLiteral("cancelButton"));
    connect(m_forms->buttons, &QDialogButtonBox::accepted, this, &QuickAddDialog::accept);
    connect(m_forms->buttons, &QDialogButtonBox::rejected, this, &QuickAddDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_forms->tabs);
    layout->addWidget(m_forms->stack, 1);
    layout->addWidget(m_forms->buttons);

    connect(m_forms->tabs, &QTabBar::currentChanged, this, &QuickAddDialog::showMode);
    showMode(0);
    resize(440, sizeHint().height());
}

QuickAddDialog::~QuickAddDialog() = default;

void QuickAddDialog::showMode(int mode)
{
    if (mode < 0 || mode >= m_forms->forms.size())
        return;
    {
        const QSignalBlocker blocker(m_forms->tabs);
        m_forms->tabs->setCurrentIndex(mode);
    }
    m_forms->stack->setCurrentIndex(mode);
    m_forms->current()->firstField()->setFocus();
}

int QuickAddDialog::mode() const
{
    return m_forms->stack->currentIndex();
}

QString QuickAddDialog::problemText(const QString &field) const
{
    return m_forms->current()->problemText(field);
}

void QuickAddDialog::accept()
{
    QuickAddForm *form = m_forms->current();
    const std::optional<Id> saved = form->trySave();
    if (!saved)
        return;
    m_savedKind = form->kind();
    m_savedId = *saved;
    QDialog::accept();
}

} // namespace kith::ui
