# Sources of the message composition library (RFC 5322 / MIME), relative to smtp/.
set(HONGYAN_MESSAGE_SOURCES
    addresslist.cpp addresslist.h
    addressparser.cpp addressparser.h
    base64stream.cpp base64stream.h
    emldevice.cpp emldevice.h
    emlreader.cpp emlreader.h
    emlwriter.cpp emlwriter.h
    encodedword.cpp encodedword.h
    headerblock.cpp headerblock.h
    headerfield.cpp headerfield.h
    linesplitter.cpp linesplitter.h
    mailbox.cpp mailbox.h
    maildate.cpp maildate.h
    messagebuilder.cpp messagebuilder.h
    messagedevice.cpp messagedevice.h
    messageerror.cpp messageerror.h
    messageid.cpp messageid.h
    mimepart.cpp mimepart.h
    parameterencoder.cpp parameterencoder.h
    quotedprintable.cpp quotedprintable.h
)
