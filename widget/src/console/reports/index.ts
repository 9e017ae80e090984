// Placeholder: the console's reports views (custom elements) arrive with their issue; imported by the console entry.
export {};
