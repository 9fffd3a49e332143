# Sources of the `hongyan` executable (relative to app/gui/).

# The pure parts, without widgets, so unit tests link them on their own.
qt_add_library(hongyan_gui_core OBJECT
    ${CMAKE_CURRENT_LIST_DIR}/mailtourl.cpp ${CMAKE_CURRENT_LIST_DIR}/mailtourl.h
)
target_include_directories(hongyan_gui_core PUBLIC ${CMAKE_CURRENT_LIST_DIR})
target_link_libraries(hongyan_gui_core PUBLIC Qt6::Core)

# The controllers that wire ui/ to smtp/ and storage; the GUI tests link them too.
qt_add_library(hongyan_gui_controllers OBJECT
    ${CMAKE_CURRENT_LIST_DIR}/appcontroller.cpp ${CMAKE_CURRENT_LIST_DIR}/appcontroller.h
    ${CMAKE_CURRENT_LIST_DIR}/composecontroller.cpp ${CMAKE_CURRENT_LIST_DIR}/composecontroller.h
    ${CMAKE_CURRENT_LIST_DIR}/consolecontroller.cpp ${CMAKE_CURRENT_LIST_DIR}/consolecontroller.h
    ${CMAKE_CURRENT_LIST_DIR}/languagefont.cpp ${CMAKE_CURRENT_LIST_DIR}/languagefont.h
    ${CMAKE_CURRENT_LIST_DIR}/outboxcontroller.cpp ${CMAKE_CURRENT_LIST_DIR}/outboxcontroller.h
    ${CMAKE_CURRENT_LIST_DIR}/outboxmodel.cpp ${CMAKE_CURRENT_LIST_DIR}/outboxmodel.h
    ${CMAKE_CURRENT_LIST_DIR}/sendmonitor.cpp ${CMAKE_CURRENT_LIST_DIR}/sendmonitor.h
)
target_include_directories(hongyan_gui_controllers PUBLIC ${CMAKE_CURRENT_LIST_DIR})
# The interface font follows the language (languagefont.cpp); without fontconfig it stays.
find_package(Fontconfig)
if(Fontconfig_FOUND)
    target_link_libraries(hongyan_gui_controllers PUBLIC Fontconfig::Fontconfig)
    target_compile_definitions(hongyan_gui_controllers PRIVATE HONGYAN_HAVE_FONTCONFIG)
endif()
target_link_libraries(hongyan_gui_controllers PUBLIC hongyan_gui_core hongyan_ui hongyan_sending hongyan_storage
    hongyan_explanations hongyan_smtp Qt6::Widgets)

set(HONGYAN_GUI_SOURCES
    main.cpp
    $<TARGET_OBJECTS:hongyan_gui_core>
    $<TARGET_OBJECTS:hongyan_gui_controllers>
)
