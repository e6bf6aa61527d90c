// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <functional>

namespace wc::gui {

// Takes a conversation with customer service, typed or pasted, as a chat log: a title and the
// text. `save` stores it and returns why it could not (empty on success); on failure the dialog
// stays open with everything typed and shows why. Header-only, like DraftPage: it is small and
// only EvidenceListEditor uses it.
// Object names: chatLogDialog, chatLogTitleLineEdit, chatLogTextEdit, chatLogErrorLabel.
class ChatLogDialog : public QDialog
{
    Q_DECLARE_TR_FUNCTIONS(wc::gui::ChatLogDialog)

public:
    using Save = std::function<QString(const QString& title, const QString& text)>;

    ChatLogDialog(const QString& text, Save save, QWidget* parent)
        : QDialog(parent), m_save(std::move(save)), m_title(new QLineEdit(this)),
          m_text(new QPlainTextEdit(this)), m_error(new QLabel(this))
    {
        setObjectName(QStringLiteral("chatLogDialog"));
        setWindowTitle(tr("Add a chat log"));
        auto* hint = new QLabel(tr("Paste or type the conversation as it appeared, with the "
                                   "names and times. It is kept as plain text, with a "
                                   "fingerprint like any other evidence."),
                                this);
        hint->setWordWrap(true);
        m_title->setObjectName(QStringLiteral("chatLogTitleLineEdit"));
        m_title->setPlaceholderText(tr("For example: Chat with customer service about the refund"));
        m_text->setObjectName(QStringLiteral("chatLogTextEdit"));
        m_text->setTabChangesFocus(true);
        m_text->setPlainText(text);
        m_error->setObjectName(QStringLiteral("chatLogErrorLabel"));
        m_error->setWordWrap(true);
        m_error->setTextFormat(Qt::PlainText);
        m_error->setStyleSheet(QStringLiteral("color: #a00;"));
        m_error->hide();
        auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        box->button(QDialogButtonBox::Ok)->setText(tr("&Add chat log"));

        auto* form = new QFormLayout;
        form->addRow(tr("&Title:"), m_title);
        form->addRow(tr("&Conversation:"), m_text);
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(hint);
        layout->addLayout(form, 1);
        layout->addWidget(m_error);
        layout->addWidget(box);
        connect(box, &QDialogButtonBox::accepted, this, &ChatLogDialog::tryAccept);
        connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
        resize(540, 420);
        // Pasted text only needs a name; an empty dialog starts with the conversation.
        (text.isEmpty() ? static_cast<QWidget*>(m_text) : m_title)->setFocus();
    }

    void setText(const QString& text) { m_text->setPlainText(text); }

private:
    void tryAccept()
    {
        const QString why = m_save(m_title->text(), m_text->toPlainText());
        if (why.isEmpty()) {
            accept();
            return;
        }
        m_error->setText(why);
        m_error->show();
    }

    Save m_save;
    QLineEdit* m_title;
    QPlainTextEdit* m_text;
    QLabel* m_error;
};

} // namespace wc::gui
