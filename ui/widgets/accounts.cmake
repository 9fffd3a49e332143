# Account setup, provider presets, diagnosis, certificate details (relative to ui/widgets/).
set(HONGYAN_UI_ACCOUNT_SOURCES
    accounteditor.cpp accounteditor.h accounteditor.ui
    accountformvalues.h
    accountlistentry.h
    accountsdialog.cpp accountsdialog.h accountsdialog.ui
    certificatedialog.cpp certificatedialog.h certificatedialog.ui
    diagnosiswindow.cpp diagnosiswindow.h diagnosiswindow.ui
)
