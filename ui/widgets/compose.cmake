# Main window, compose window, transcript pane, outbox window (relative to ui/widgets/).
set(HONGYAN_UI_COMPOSE_SOURCES
    attachmentlist.cpp attachmentlist.h attachmentlist.ui
    documentsfolder.cpp documentsfolder.h
    composeform.cpp composeform.h composeform.ui
    failuredialog.cpp failuredialog.h failuredialog.ui
    mainwindow.cpp mainwindow.h mainwindow.ui
    notificationbar.cpp notificationbar.h notificationbar.ui
    outboxwindow.cpp outboxwindow.h outboxwindow.ui
    passworddialog.cpp passworddialog.h passworddialog.ui
    recipientedit.cpp recipientedit.h
    richtexteditor.cpp richtexteditor.h richtexteditor.ui
    sendprogresswidget.cpp sendprogresswidget.h sendprogresswidget.ui
    singlelinevalidator.cpp singlelinevalidator.h
    textformatting.cpp textformatting.h
    themedicon.cpp themedicon.h
    timingchart.cpp timingchart.h
    transcriptfiltermodel.cpp transcriptfiltermodel.h
    transcriptmodel.cpp transcriptmodel.h
    transcriptpane.cpp transcriptpane.h transcriptpane.ui
    consoledatadialog.cpp consoledatadialog.h consoledatadialog.ui
    consoletarget.h
    consolewindow.cpp consolewindow.h consolewindow.ui
)
