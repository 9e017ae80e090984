// Placeholder: the console's workflow views (custom elements) arrive with their issue; imported by the console entry.
export {};
