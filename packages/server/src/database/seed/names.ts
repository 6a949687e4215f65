/** Names for demo records: a team and customers across the markets the product speaks to. */
export const FIRST_NAMES = [
  'Olivia', 'Noah', 'Emma', 'Liam', 'Maya', 'Daniel', 'Sarah', 'Yosef', 'Noa', 'Itai', 'Tamar', 'Omer',
  'Layla', 'Omar', 'Fatima', 'Karim', 'Nour', 'Youssef', 'Zofia', 'Jakub', 'Anna', 'Piotr', 'Kasia', 'Marek',
  'Ivan', 'Olga', 'Dmitri', 'Anastasia', 'Sergei', 'Elena', 'James', 'Grace', 'Lucas', 'Mia', 'Ethan', 'Chloe',
];

export const LAST_NAMES = [
  'Smith', 'Johnson', 'Brown', 'Cohen', 'Levi', 'Mizrahi', 'Peretz', 'Haddad', 'Khalil', 'Mansour', 'Nasser',
  'Nowak', 'Kowalski', 'Wiśniewski', 'Wójcik', 'Ivanov', 'Petrova', 'Smirnov', 'Volkova', 'Garcia', 'Miller',
  'Davis', 'Wilson', 'Taylor', 'Anderson', 'Thomas', 'Moore', 'Martin', 'Lee', 'Walker',
];

const COMPANY_STEMS = [
  'Nord', 'Cedar', 'Blue', 'Atlas', 'Vista', 'Orbit', 'Harbor', 'Summit', 'Pixel', 'Quantum', 'Delta', 'Falcon',
  'Granite', 'Lumen', 'Maple', 'Nimbus', 'Olive', 'Prism', 'River', 'Sage', 'Terra', 'Vertex', 'Willow', 'Zenith',
];
const COMPANY_ENDINGS = ['wave', 'line', 'works', 'soft', 'logic', 'stack', 'field', 'point', 'path', 'gate'];
const COMPANY_KINDS = ['Systems', 'Analytics', 'Logistics', 'Health', 'Foods', 'Labs', 'Retail', 'Energy', 'Media', 'Finance'];

export const INDUSTRIES = ['Software', 'Manufacturing', 'Retail', 'Healthcare', 'Logistics', 'Finance', 'Education', 'Energy', 'Media', 'Hospitality'];
export const COUNTRIES = ['US', 'GB', 'DE', 'PL', 'IL', 'AE', 'EG', 'SA', 'FR', 'NL'];
export const CITIES: Record<string, string[]> = {
  US: ['New York', 'Austin', 'Chicago'], GB: ['London', 'Manchester'], DE: ['Berlin', 'Munich'], PL: ['Warsaw', 'Kraków', 'Gdańsk'],
  IL: ['Tel Aviv', 'Haifa', 'Jerusalem'], AE: ['Dubai', 'Abu Dhabi'], EG: ['Cairo', 'Alexandria'], SA: ['Riyadh', 'Jeddah'],
  FR: ['Paris', 'Lyon'], NL: ['Amsterdam', 'Rotterdam'],
};
export const JOB_TITLES = ['CEO', 'CTO', 'Head of Sales', 'Procurement Manager', 'Operations Director', 'IT Manager', 'CFO', 'Marketing Lead'];

export function companyName(index: number): string {
  const stem = COMPANY_STEMS[index % COMPANY_STEMS.length]!;
  const ending = COMPANY_ENDINGS[Math.floor(index / COMPANY_STEMS.length) % COMPANY_ENDINGS.length]!;
  const kind = COMPANY_KINDS[Math.floor(index / (COMPANY_STEMS.length * COMPANY_ENDINGS.length)) % COMPANY_KINDS.length]!;
  const round = Math.floor(index / (COMPANY_STEMS.length * COMPANY_ENDINGS.length * COMPANY_KINDS.length));
  return `${stem}${ending} ${kind}${round > 0 ? ` ${round + 1}` : ''}`;
}

export function slugOf(name: string): string {
  return name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '');
}
