// Limit scope pollution from any deprecated API
// (function() {

jQuery.fn.andSelf = jQuery.fn.addBack;

// })();
