'use strict';
const aliases = ['stdin', 'stdout', 'stderr'];

const hasAlias = opts => aliases.some(alias => opts[alias] !== undefined);

const stdio = opts => {
	if (!opts) {
		return;
	}

	const {stdio} = opts;

	if (stdio === undefined) {
		return aliases.map(alias => opts[alias]);
	}

	if (hasAlias(opts)) {
		throw new Error(`It's not possible to provide \`stdio\` in combination with one of ${aliases.map(alias => `\`${alias}\``).join(', ')}`);
	}

	if (typeof stdio === 'string') {
		return stdio;
	}

	if (!Array.isArray(stdio)) {
		throw new TypeError(`Expected \`stdio\` to be of type \`string\` or \`Array\`, got \`${typeof stdio}\``);
	}

	const length = Math.max(stdio.length, aliases.length);
	return Array.from({length}, (value, index) => stdio[index]);
};

module.exports = stdio;

// `ipc` is pushed unless it is already present
module.exports.node = opts => {
	const stdioOption = stdio(opts);

	if (stdioOption === 'ipc') {
		return 'ipc';
	}

	if (stdioOption === undefined || typeof stdioOption === 'string') {
		return [stdioOption, stdioOption, stdioOption, 'ipc'];
	}

	if (stdioOption.includes('ipc')) {
		return stdioOption;
	}

	return [...stdioOption, 'ipc'];
};
