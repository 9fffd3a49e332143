# Account setup and diagnosis controllers of the `hongyan` executable (relative to app/gui/).
# A library of their own so the GUI tests link them too. They need hongyan_setup
# (app/setup), which the `hongyan` executable must link as well: objects carry no link
# dependencies, and the provider presets are a resource of hongyan_setup.
qt_add_library(hongyan_account_controllers OBJECT
    ${CMAKE_CURRENT_LIST_DIR}/accountscontroller.cpp ${CMAKE_CURRENT_LIST_DIR}/accountscontroller.h
    ${CMAKE_CURRENT_LIST_DIR}/diagnosiscontroller.cpp ${CMAKE_CURRENT_LIST_DIR}/diagnosiscontroller.h
)
target_include_directories(hongyan_account_controllers PUBLIC ${CMAKE_CURRENT_LIST_DIR})
target_link_libraries(hongyan_account_controllers PUBLIC hongyan_setup hongyan_ui hongyan_storage
    hongyan_explanations hongyan_smtp Qt6::Widgets)

set(HONGYAN_GUI_ACCOUNT_SOURCES
    $<TARGET_OBJECTS:hongyan_account_controllers>
)
