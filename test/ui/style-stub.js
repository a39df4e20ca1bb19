// Stylesheets have no meaning under jsdom; components are tested by what they say and do.
module.exports = {}
