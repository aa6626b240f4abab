namespace Toggl.Core

// Placeholder: the inter-process lock of the JSON file cache.
