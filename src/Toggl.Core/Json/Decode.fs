namespace Toggl.Core

// Placeholder: this part of the architecture is not written yet.
